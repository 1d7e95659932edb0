{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "20a412c316cbadea67888cdc55863e47797e48612a16655893f6e11bee49eb4f",
  "signature": "Zf99NGsFkXIOkk+FKqf+MqOC8dByz5pz+H1ZofxXXLyt+iaik0IelRr4lirgnJ7v5kfw4dSSA03dreN1f65RBQ=="
}
