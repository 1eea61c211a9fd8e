#!/usr/bin/env python3
"""An independent implementation of the agent protocol's keys and encrypted messages (version 1), written
from docs/agent-protocol.md alone, with Python's `cryptography` package (python3-cryptography on Debian).

    agent_protocol.py vectors                  print the fixed vectors (agent_vectors.json's content)
    agent_protocol.py decrypt < request.json   {"seed": hex, "chain", "from", "to", "nonce", "payload": {...}}
                                               -> {"text": ..., "as": "recipient"|"sender"} or exit 1
    agent_protocol.py encrypt < request.json   {"sender_seed": hex, "recipient_key": hex, "chain", "from",
                                               "to", "nonce", "text"} -> the payload's enc_* members
"""
import base64
import json
import os
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG = "x25519-hkdf-sha256-chacha20poly1305"
MARKER = "[encrypted message]"


def hkdf(ikm, salt, info):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def raw_public(private):
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def encryption_private(seed):
    return X25519PrivateKey.from_private_bytes(hkdf(seed, None, b"AITBC-AGENT-X25519-1"))


def compact(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"))


def associated_data(chain, sender, recipient, nonce, epk_hex, iv_hex):
    return b"AITBC-ENC-1\n" + compact({"chain": chain, "epk": epk_hex, "from": sender, "iv": iv_hex,
                                       "nonce": nonce, "to": recipient}).encode("ascii")


def wrap_key(shared, epk, party_public, role):
    info = b"AITBC-ENC-1 key-to" if role == "recipient" else b"AITBC-ENC-1 key-from"
    return hkdf(shared, epk + party_public, info)


def encrypt(text, chain, sender, recipient, nonce, recipient_key, sender_key,
            ephemeral=None, content_key=None, iv=None):
    ephemeral = ephemeral or X25519PrivateKey.generate()
    content_key = content_key or os.urandom(32)
    iv = iv or os.urandom(12)
    epk = raw_public(ephemeral)
    ad = associated_data(chain, sender, recipient, nonce, epk.hex(), iv.hex())
    ct = ChaCha20Poly1305(content_key).encrypt(iv, text.encode("utf-8"), ad)
    wrapped = {}
    for role, party in (("recipient", recipient_key), ("sender", sender_key)):
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(party))
        if shared == bytes(32):
            raise ValueError("invalid party key")
        wrapped[role] = ChaCha20Poly1305(wrap_key(shared, epk, party, role)).encrypt(bytes(12), content_key, ad)
    return {"enc_v": 1, "enc_alg": ALG, "enc_epk": epk.hex(), "enc_iv": iv.hex(),
            "enc_ct": base64.b64encode(ct).decode("ascii"),
            "enc_key_to": wrapped["recipient"].hex(), "enc_key_from": wrapped["sender"].hex()}


def decrypt(payload, chain, sender, recipient, nonce, private):
    if payload.get("enc_v") != 1 or payload.get("enc_alg") != ALG:
        raise ValueError("not a version-1 encrypted message")
    epk = bytes.fromhex(payload["enc_epk"])
    iv = bytes.fromhex(payload["enc_iv"])
    ad = associated_data(chain, sender, recipient, nonce, payload["enc_epk"], payload["enc_iv"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
    mine = raw_public(private)
    for role, member in (("recipient", "enc_key_to"), ("sender", "enc_key_from")):
        try:
            key = ChaCha20Poly1305(wrap_key(shared, epk, mine, role)).decrypt(
                bytes(12), bytes.fromhex(payload[member]), ad)
        except InvalidTag:
            continue
        ct = base64.b64decode(payload["enc_ct"], validate=True)
        return ChaCha20Poly1305(key).decrypt(iv, ct, ad).decode("utf-8"), role
    raise ValueError("not for this key")


def signed_text(payload):
    return MARKER + "\n" + compact({"alg": payload["enc_alg"], "ct": payload["enc_ct"],
                                    "epk": payload["enc_epk"], "iv": payload["enc_iv"],
                                    "key_from": payload["enc_key_from"], "key_to": payload["enc_key_to"],
                                    "v": 1})


def vectors():
    seeds = {"alice": bytes(range(32)), "bob": bytes([0xA5] * 32)}
    keys = {}
    for name, seed in seeds.items():
        priv = encryption_private(seed)
        keys[name] = {"seed": seed.hex(), "x25519_private": priv.private_bytes_raw().hex(),
                      "x25519_public": raw_public(priv).hex()}
    eph = bytes(range(100, 132))
    content_key = bytes(range(200, 232))
    iv = bytes(range(1, 13))
    ctx = {"chain": "ait-devnet", "from": "ait1alice", "to": "ait1bob", "nonce": 7}
    text = "ping \u00e9\u2603"
    members = encrypt(text, ctx["chain"], ctx["from"], ctx["to"], ctx["nonce"],
                      bytes.fromhex(keys["bob"]["x25519_public"]), bytes.fromhex(keys["alice"]["x25519_public"]),
                      X25519PrivateKey.from_private_bytes(eph), content_key, iv)
    return {"keys": keys,
            "message": {"context": ctx, "text": text, "ephemeral_private": eph.hex(),
                        "content_key": content_key.hex(), "content_nonce": iv.hex(),
                        "associated_data": associated_data(ctx["chain"], ctx["from"], ctx["to"], ctx["nonce"],
                                                           members["enc_epk"], members["enc_iv"]).decode("ascii"),
                        "members": members, "signed_text": signed_text(members)}}


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "vectors":
        print(json.dumps(vectors(), indent=2, sort_keys=True))
        return 0
    request = json.load(sys.stdin)
    if mode == "decrypt":
        private = encryption_private(bytes.fromhex(request["seed"]))
        try:
            text, role = decrypt(request["payload"], request["chain"], request["from"], request["to"],
                                 request["nonce"], private)
        except (ValueError, InvalidTag) as e:
            print(json.dumps({"error": str(e) or type(e).__name__}))
            return 1
        print(json.dumps({"text": text, "as": role}))
        return 0
    if mode == "encrypt":
        sender_private = encryption_private(bytes.fromhex(request["sender_seed"]))
        members = encrypt(request["text"], request["chain"], request["from"], request["to"], request["nonce"],
                          bytes.fromhex(request["recipient_key"]), raw_public(sender_private))
        members["signed_text"] = signed_text(members)
        print(json.dumps(members))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
