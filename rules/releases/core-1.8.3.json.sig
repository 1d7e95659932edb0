{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "24f8fd3c053feb95587e7b9c4129bd2a8dc35e7a3464e4789f742c42637d4c99",
  "signature": "m8XjRdO0S7A/bfKU8p9Boj9wz8ATxUYaiKC+1jgqK5VDOBnuj83sCX3b7qRYXD659J3znNDvBQeHrHzU2IB6Aw=="
}
