{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "1e678bfe7a3f7c1d0c5def87a617c5ca9ca78ca472450131f531fd1dce5c6b24",
  "signature": "E2tODDrAtDODGEbCxWkIuk28FvkHQbL+s679Qy/lN4Pl2u0sD1Fjvvdp1/o98nB0nvtif1JyLaSLA+WJF9wVAQ=="
}
