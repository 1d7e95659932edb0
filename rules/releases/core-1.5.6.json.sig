{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "f55646e25dcb64d3a7f182f69d48963454f2abab955d93186bcc6c30b526046d",
  "signature": "MDCEVvs1vUtm1h9lJ21xmc+ybOlzmT6yNugh8W+wzxdvmlzfOG9aaBmeeOQHsQyrVBKpx7qe36SUYWthq4dGBw=="
}
