{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "ad4b9d7c3037a951a8b696c8203d26a8ff49cdb61501346983479a028aa188cf",
  "signature": "ESj7b+Xu1Luasnbyx2vxPOVbLTXtLVGzNfbvbwJXG5GPNeBIPNaXg7oX5LrQVsTVYfCZHujRPba/kBCNi0x7Cw=="
}
