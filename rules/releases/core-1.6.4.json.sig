{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "014a448830efafdd46961f35708304989c961cfad90a1687498c2d3dd4a9e14b",
  "signature": "qzn4CqyZjlCo0WKN+UOTgzrltUnkK/YiIPGk5LtNqJLjeI9uk4A21eRHWECd2IjIZGU6tZP42resiCUBZUM8Bw=="
}
