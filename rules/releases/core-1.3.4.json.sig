{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "87255beee5b147e2252246da4ce0e39526d4e6c75a508da003b615bfcc1fea5f",
  "signature": "D8dqKKM4mwUy2B8UyAyFnm7GaSKutOLvcszBuLV5NcThKA7i/zTcL8ilBEb452/0hI3oA8FkWb2F2lw3wRPhAw=="
}
