{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "e4ce8887a09ff2ff9561200c9b15c4b811ed6aa75af3dce0ea22008c3944e2e4",
  "signature": "XQKhvV+du1d4HkUyzfJ48MuvTfnZDprOyaciAt8g++wDw9Gnf4jqX/NEjgy6t4XZc7bJhA1Sq6XRiou/QQzJCA=="
}
