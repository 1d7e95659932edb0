{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "c12fd40db65a17da0810f90bb9ca118b7413986729a10d6bf402458432ec5824",
  "signature": "zdNkXXasu3TpP3OAXr8K/4i5F60tsKnMyLvElH2PBiUYajyUi8oBgnJPN9wJG5H6x8KTyJDBQ8jjWbePJa0SCg=="
}
