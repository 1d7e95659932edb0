{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "0b65a5c6ce3bd265a2642dc23abccad087753b6ebad5dfda2897c379bbfb02c1",
  "signature": "BD0HyUKfbq3+Sp0eu9CuHoFZ85XLa6lSBCP9/nk+lhdJ2HD1udPreJNH3OnfsNNXzHyFGWkIqssEX+tCU4a5Bw=="
}
