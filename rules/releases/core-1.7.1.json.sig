{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "1c3ef2c7a518c3e20d9545615f1946cca25c288ef8f616c8aa0816c5e7f9d10c",
  "signature": "jQBQYeD43KT3rD1EfKZ+UA/WyiTznrQIkVFx0fPnFbiegdCXUXxVasK+nBovtJ7IVwm1drcWcvRccZ30lnVWCQ=="
}
