{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "eaafe355ff99e7d0ba12dca80f24c567025fab22cfb62b2210bf412db19eea9d",
  "signature": "zOmnjcrVuf7Xy+0D08PLvyozyE+PdqZjZK/7zo7Xq3uY0Kh/ssxaeWgXDvEe5FX7SRL+5sIt0R0nZ9OzBF2VAQ=="
}
