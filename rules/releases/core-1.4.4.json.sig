{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "f107d84a849622a512df31888a59a890cdb55d57e148d6d0ecad824d57ad6362",
  "signature": "0v2A7Su2JF2br5V4sY7TVlQE4Obai5JVP3R3dCpOhZhe3qCFD7gRg4Q2P/GcWA1urMv6RvqtbZCp14aVynacAQ=="
}
