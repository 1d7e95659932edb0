{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "6329725d702a799da8ba47b95ec1120d7502ca7720493017917f455da1549bf5",
  "signature": "u0DoC22kq52pnYfn4IJJPJkj1m3aaUTiRAwzRRczMXfMc2RtF45V7NnmysM9luBnVZS4ZUOhEXYK0ZIH37VhBA=="
}
