{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "ed3d08c8c0c3acceefef6d4feb82db95699017cd108fb4cacf47843f88e8e907",
  "signature": "9Cj1WEq5d6RJrXoZNus+oA+NMmKRnDHKa5pyHDG8Y1QeMx2+LKTOicMg4J9m3GBx5KQMQJKx1rYWjQBR0cgwCw=="
}
