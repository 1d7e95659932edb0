{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "d6a31e76569446ab8c8089cf046475594952a05bf17be6e1f12ea6888e94ab2d",
  "signature": "s2wYYPvZD3PZt/G8dG6dQ/ZGmQPWJpu+w73esBQO+V36bu1Z1DAF0bnPzMyvDt3mBCHdGLEsqB+Ry5CS4pBCDA=="
}
