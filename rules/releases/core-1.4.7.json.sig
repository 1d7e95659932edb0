{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "d30287b33cac0ced4f66b2e89fa754c38d015d1033be3a80845ba93de8e50852",
  "signature": "SDi2If/jDfNBLp/nUe2f2EApfEYtpzWpTLclczvk7UjTEGVtiviMUihlOoKXkpFQM1R0J68aZC5gGD2N4SUZDg=="
}
