{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "6fe4ff0404023ea15a530eeb0671c0a616849e11529be5599b475bd94dbbc94a",
  "signature": "gS/y0DC2tWpSan3OtDI9udCC4sHR+lW9v2tPVPMPKp3EbuDfD8mHXMM7o/hZ7GqxO7yTx1KDkuFy3MWdzHbmCQ=="
}
