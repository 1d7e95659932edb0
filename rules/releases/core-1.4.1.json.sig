{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "512c28e0ac6f2f09257176d105eccc2da3b9536da8e4e56fccd40729246bb653",
  "signature": "FEkHjeGeCXyg2k8jUNO9jt6dyKqD8LIzmVoJjrNFposgDaHlEF6RO8/cHtpVXkuSxTbkvJrZjXja4/6WG0PeBQ=="
}
