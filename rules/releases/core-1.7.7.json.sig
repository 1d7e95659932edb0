{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "3de8c222f19b2a0f6a42308870214cbe57c64c6f0ae73c8b39044d6970dd424e",
  "signature": "ZQLKflSamlm541ksl2jpTkQUu54wCu518O+dPhHjzwORbmohxWPod4gb+ysiLleUjcasyqbXK0RYauUX+kvBBA=="
}
