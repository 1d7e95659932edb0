{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "b3763c335fde9ea6404b01d02b07faf92b8af5baf19d68145c0d2529fcd5673f",
  "signature": "evsOqR+2dahoLZCplEJo40UEg/wStR4t8SuKMFbsBN0+xpAq/WzsfKso5lwm5a+CTDP2R5stC5324I9G/z3bAA=="
}
