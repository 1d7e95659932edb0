{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "60f38e82c805f1e33ef69fafd42c96067d401dc2278d76abca4eb1b6700b3a8d",
  "signature": "1hjC1PvdImVJckmGio0BvCB+SvqIx9fo1bAi4vcAlf3ItOXNRMMSfj5/6wBk2SmghUCrWNnjGsZj6929O5rnAg=="
}
