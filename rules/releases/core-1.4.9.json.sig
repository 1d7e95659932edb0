{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "cc3c23070990518d8070a60ecd3043217ee2ac7114db1380694d1b9976a283b2",
  "signature": "c0W6kEgqj3Biy8TjSZNjsi+cSXKuvHG/h+xrJq/1VD96D8K4YbMQNNjg2n/7qPxjNnhNgqAaIcE++GZLn11kDg=="
}
