{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "748a23d6d9ed68deb3e2aa80de204a52cc3887b13c1ae98d0fa0c5f830b0f0ac",
  "signature": "+5sbGEgsoEWbjlX0jlNbl5ybQddmXHrScA5BySBPKiX9PdAtKngIgaPfM5ADFF4GHutvpipi1VuCBG6c66WcBQ=="
}
