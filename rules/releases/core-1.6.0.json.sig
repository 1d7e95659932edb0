{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "d4909c6f1e440563db433a6f6bb8806820575a2706124973dd0843e27722257d",
  "signature": "3lO8xXXbW6IesviRA48io1dJE+WtwDyzITeduzvETUKlqYk+U3ThbnqsiywWIh+rSvXaeAn+vKnmGiCIbILuCQ=="
}
