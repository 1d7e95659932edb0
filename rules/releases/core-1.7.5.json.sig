{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "44cf222ffc3a893107b27c16d71a152e81b9844ce84abf1cd8658b4d98baecd4",
  "signature": "QaaU2NNoox5vVfk0DONrlVC33tCXfXeq6LpajhhK6iiT7jlV1t+brdocXJoyBs5Ha1mUMxgj9wSMLpnMi1sECQ=="
}
