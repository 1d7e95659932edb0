{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "5ce2fdf5f8f36286fec7c1cdbb80290a778da559d1c459ce179607b172f2522b",
  "signature": "7hl42wYyvK4Ry4MvagzPzL+DKblQe+PF7v3vm13uXaKzmCw6KusBgzHzwU9iJffB3mRmg3JVOn7C2TPltRBtDw=="
}
