{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "48c92004c083a43f8e06513c8bd69bfec3a536c5484ef69d3a8add044ea2edb9",
  "signature": "xFD5AVfzYTE9dC9m4jSgWUX7BgwMuM8wfxOvCIwNQkVjKpHbhTi1EGqrS0DqMo/cUZzxUIcGH+Y+qqgZTufODQ=="
}
