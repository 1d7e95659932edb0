{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "3c4b61550d0e905922b07133ea0fd3d78c2743d7e9512a948091bacd5295cc9e",
  "signature": "DBV6BdP5UGRpSfUwQclStlb249fd+4R/0sgO4F9YEOsA28XXCKpxP0SknT8o2zSUBzcejCUGp6QSB3lOj41ADA=="
}
