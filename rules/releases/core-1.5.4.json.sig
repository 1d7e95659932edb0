{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "e298b8f9b2d3878a004744dbec8d17e4ca51617d3696ac7f1a6effb1220cce17",
  "signature": "VEi+f1ImCien7sXGAvNsUs7ZKRkSi0FO574PwbGtz0i7Mn54ahtnF0+RgzBCIC5pFyZDHnTxOZsmdAjwK29JDQ=="
}
