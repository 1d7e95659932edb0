{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "d64aaf4486c2def30920354dbbc4af5e08099d2ff7da0644bb5a06c072ecbc0e",
  "signature": "P4bFsNpJZxIJD2B8CLHtEJbA3cRCdkxwrFQOFygTPyP3jD+yXBaJvK6PVhUldy2xrJ1cgQDvkVoBQFHBmyanCw=="
}
