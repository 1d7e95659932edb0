{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "ec11260f33791aef6d1063e2751625e1e0a2411096d6be4ccd98bb847846ed3b",
  "signature": "5UILo+hg83jIfXaegNv5XnvbXvHtjyrcUyk1ormed+kBBSTXeM6vL1BmtJS8wm1auAvcO8c4uB/0t1PaKhMpCA=="
}
