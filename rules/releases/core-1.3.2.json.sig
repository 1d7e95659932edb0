{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "65df35facfa4fab44f63bc267c3e4e5efce0de0014ea2074aabd16a9dd232f89",
  "signature": "I3s4BHSkHxKyN24wk7vF7CMrHM0ogmp4WvGQo2BKd0bkXJdrkJ86LX91IsJSFEHHwe2kQw+/VuGodh8oLMA9DQ=="
}
