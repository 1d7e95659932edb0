{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "6f12ad537baeb0a885c0dc67f4d6e5c77dd9cba17b0618f7261ed3aaa054731e",
  "signature": "p/lumHcs7CU8odYK/M6wLPjqBDnA4L8qnV+WJ8RQL1J5HTED9f2RfY+vB1D8QALRuALvFo8fHyZuCArLsVoKAw=="
}
