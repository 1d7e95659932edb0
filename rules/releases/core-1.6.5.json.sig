{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "8b668c5355cc80c399c16000f3a149b6d5756952738e59e679738fb2a08e6f48",
  "signature": "hD7mswDdDJTUzJHz237BVSV23oTXjaov+rAWaWT3jD99/oUSb4j7GSGI8N/4i48WGxbT2qdjGvG1bSXRYIBhCQ=="
}
