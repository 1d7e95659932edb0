{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "941ee63b869c41f8770ce41f8e9e41eb87e862e7f9778b54af1d2876eb75897a",
  "signature": "DMIJZ6cLARwF+/+6SWtZPS+lLJYUDL/2v+MWQFxkcrsXmZJzJFSGvULhZFf6lsa7y5oAxLhp6CPocxHUBcHxAA=="
}
