{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "61700fa2b453f7e8d48b9adbc39ec438d062ac55c1a6a677da7ced2412414505",
  "signature": "lj9ynl1Co4zX0TZUvAx7G4jHQ9oSb8gduasTohOqRy1T8GTEz1uyqABTeNNv+FKxz1IDEM0xgMUBSFLSY2N9Aw=="
}
