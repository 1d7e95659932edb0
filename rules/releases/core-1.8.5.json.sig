{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "9adb3e8831bb193ae5904a5041e569306eac2f9109328f2ded75e861ff345a38",
  "signature": "cWhNobo9SELhw6UayWiy3O0Td6Gesk6i94McOO/5Z2d+Qv8B0xea3pmDz48XReu/Y/jshz9VX3kZHwlaRdDOBw=="
}
