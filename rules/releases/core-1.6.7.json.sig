{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "605ff596c24b4aecbaeb3492576a0688ef04a111849c81a4be9d79d118a0c98c",
  "signature": "lrAAp1yShZOyxpTQXP2FJETE2gSOofPiMGhPWVYvcnLXkyUaPl5sDW7q767C/V49goJhca27pxZaGOsxP6MQDw=="
}
