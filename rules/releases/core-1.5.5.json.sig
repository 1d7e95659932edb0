{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "15bed08450aff18c3a6784bcedcbf26dbbd3922062c1cbe2fd6be24c7c949760",
  "signature": "ucTHN2G/jzbTYjPdc0P36QjNLZrTzuDSS/Gvq5YwE4Jhhg4nsBVAarB+T5n9/VAskkR9KeLcNq01D0kMRohNDQ=="
}
