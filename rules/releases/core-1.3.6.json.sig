{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "282f8425a7d5cc171b17f5d1cee43c0802a0b3133671e51b41c8c192c34a97ab",
  "signature": "kIh2DX34syHvHUeYurjWq0y/lcuf0kM7rEhOnONrvV5sMQ5RlUVBMbCpnqp07+yLiQ1gLCDXvCHEgW/N2TIRCw=="
}
