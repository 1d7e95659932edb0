{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "7576eb671a89f40ac063fc1931da000e777de563d076f4351b27ba5d57a22a8f",
  "signature": "HwFUmtxVhADCFgwg79t8prwnUkz7IInHAHZGnMzKsD1/0efVtrFYmBwjipofkgxMtJzaoPl+RIhmG7RSe9ilDg=="
}
