{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "118b021383f9f02cf3ca6c067dd86e695d446eb0b5414da13f5e8a7a5e2a34ae",
  "signature": "bw7AMSyCxfz4X8VN+yRRWOJ0TsPXwzOdP08hBIGfWh0X9NbcmuYraKMyDirXoMyWcJ5TDW3EkW3+y6vejwQ8DA=="
}
