{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "b8f1dea8187df76f10efdfef19647479be1dcebff28ee3845dba57d326195201",
  "signature": "7z5Mo5Hokb4R0KVmI9lANuM8DG52gRE0LpsTa0/rJ7X3TWrd7GVso5AIe1DVOSJzIFlUb0LZnrfvxOkwQbKjBw=="
}
