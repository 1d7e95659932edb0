{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "6fe023b7a00afc14612204aba7d56fa85952be9fb21a148eab003d81dee67849",
  "signature": "6Ghj3cBwPyqt8FP1n8kWcryi0hWJ8MkNDRQeQZimaffRWxtPSqscgYiwmTKYx0WzgzF+bOUo1hB2iWQw6ALIBA=="
}
