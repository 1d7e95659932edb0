{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "e86aa44d6682a76f43f07ea7e76bc4688ab45f6dbf4c5ac769f01a3ddec5371c",
  "signature": "sp2HCLmGWGBdFeO9YdafifniQYaFcW5TdMobqnFItV1Em14tC9oDm6nvi3DAxMvXScqopyPO2fORk/rmJRb7BA=="
}
