{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "774bba0fb5bb413d95f435302f521ee5d0da0381979f082ef950a22a2cc17fcc",
  "signature": "TAEXInNl5FX5+GT36MwVZ/dFPz02peikqJNZHzx628k584BLIxtQmAi4fpsaqwFdxjUop33Q16VLtQevGLTmDA=="
}
