{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "6d932c733c24a11baf85f028d12bb336c97efbd46531c88194e57e9107981667",
  "signature": "vvBqYioMk+ssyirXwh8KrBd8f9c9rXW6Iypissfj6WWhiIKOUxHh7t8xBvP+dnk/j1CzzLAKKyVtFwk5blDBBw=="
}
