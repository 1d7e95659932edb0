{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "ec5eaf0246d78303365f6b56dec06211e07f84dd7c5239cc2a230a9f81d8717c",
  "signature": "YzjWQQRLvPhlOOfZI0/IeRj4vtbJXswXOegEe9Zdc4hFPm63CwTwsn9+uHAu8XXuRkn3rlmprMuqHN7Ueb8JCA=="
}
