{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "e352d0b5a8d33a84182d6cde2f620a63f2674b0451767723a1102e5680351e35",
  "signature": "aVC+79u6iKhd0WIU6ta8UXNrNKMohBAbgDQJb1rR91fsj6hof7gdiCTF9IjIq4Sna3AVut2aKulnC+/MF1JpDw=="
}
