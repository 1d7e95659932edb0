{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "ba133ef338c1d34bc956d6c1168a466100347748f854dbe11aa85a4729f8ce0b",
  "signature": "zV3W6Z7vdYvAiJOumi9JyBth/x76ZtoLNPbZU7a1mORoWVhkBFkmFHp8OAzXVMmT6gqqz3MYM7/0+J9hKkIuBQ=="
}
