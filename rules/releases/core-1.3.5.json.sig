{
  "kind": "lureguard-signature",
  "algorithm": "Ed25519",
  "keyId": "ed25519:5daa9c147e0fe816",
  "sha256": "3e82ad9506fa5eb1ea9f4c38b67def2dc4ee4404e95038269efb6848ae5faae9",
  "signature": "MIVAdFtv4UmT9pi/g44FoolFt6XThkUv/qYHTHqU6EJvx4wj/3P7kI6SCdvRiKlACkydD1gKXTs1LDbVd8WfDQ=="
}
