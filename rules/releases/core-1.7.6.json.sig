{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "c39cdf73061432be244983a47e830df6a4debddc503e37efcdda44eb9bc80a18",
  "signature": "Pn0JJvK8BMGjeQFLp2UesxH/xA2I56CwjCHuO6Nuxowg8DzsVmyQnfJo8wdWPwZRNpZUUgPOQRPOCFo7nIfVDg=="
}
