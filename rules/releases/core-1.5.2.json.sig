{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "35fa82d420301ce1a03681c49821518d657b6798db6cbc9af19873dc12d2a454",
  "signature": "HmADDDWLKc8YX0LZpzN9Up7JldNHqFeGQj+U4kiP6n+qNw7aqL5GTu9gXFo3/v75NWFPudPaVFucCFlyANpHDg=="
}
