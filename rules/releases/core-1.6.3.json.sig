{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "76fac7e00a46d429b685561fdac2a9bc0ae0455ae3016825ce7fa6deb66b8ab9",
  "signature": "QrjTB6nrkfjQgH9BO/5kfONlYmPgE8Td3jOMHyBwrxx7j0kQqOfojHxXFfGv4Zdpfk0gn3iTkGZMGgo5j85oBQ=="
}
