{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "cf16101ca791c6ee386a6e755548bbb38c31db8a59d697feeb561fa62e4c5f16",
  "signature": "NYzKdv1c9GQPhUb6Lv82HBWDpkSbd9yiEoW+98XlrUOqVZvwwadLv5pUJaaLCa4hRB4LKUVG8nSbmeqOQl6gCQ=="
}
