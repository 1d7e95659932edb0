{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "0a12d6225c03d67adf3012ac7f0ea8554c3719531d177ab3af0b34999e85d454",
  "signature": "YgTo+b1ACx6AEW9bG3XeSu1Znem5KAuIAeeg/ftOiVl7PIksZZaEnh34EAAKUATFI7yP7t0ikowxPNArg6LUAA=="
}
