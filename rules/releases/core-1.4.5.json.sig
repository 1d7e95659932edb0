{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "6514c4e0bc5e69968887e492ac23a10b44520a53df9aa192e45d34cb845210e0",
  "signature": "lvlxtm27G47KkIumT5rpMEq/m+tR00z6V3OlUTnw7eIu+LeLkKxV9kgm6pS5Qx0ksQ0dtL5p3172kTC9HpDmBg=="
}
