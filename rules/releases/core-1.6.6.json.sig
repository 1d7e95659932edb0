{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "d189932f034d5a07f429b6acae96be4291528993a836cd9725f7b31d05e18256",
  "signature": "+SH0jsigXtz1Z/1/vclKPmi7szxr4t/eYXrnjNN2chGqQcKzapwk+syWddkLl/2YGYjN5j6pBu2Azj3qSca1Cw=="
}
