{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "c4920565e0af3e67472c3a5017b1e5e5294b11acd61ab1215722047c7e37c34e",
  "signature": "sYCTZAjsz3Ca1DLPiBGY6NVSqTCHEbK0OZLG7zsBU8PBKTBV1pilgHxr4HlZgYEVFgl10JaoKDV10oJWYDR1Ag=="
}
