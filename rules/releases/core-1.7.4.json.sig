{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "a5a717a9521e985d6e9752c838215c651c5d8b21b24ede96600fa235d47845f9",
  "signature": "/prhSiGDSHuFhUv/ptEkxTdBQiDtUtpXv3vTJapQ4Y4NZRJqWf8tIe7UNKRgecd9C836EmW0jxmeXlR2c4W9CQ=="
}
