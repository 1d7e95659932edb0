{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "4e7bcb0f0ccdceafbcb15e9c17ee6a338db96c17456b41d2acfde8e54d3e8187",
  "signature": "JLd4l7ZGrMwAxKZkddHHzJpsSLULIUnsoxBJHpHCJi+ZSGQD9oVaWyLnmqYoky0Md3T6YGGbMniP76Po27T8AQ=="
}
