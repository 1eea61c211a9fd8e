#!/usr/bin/python3
"""The Python side of bench_core: the same work as the C++ benchmark, done the way AITBC's tools do it.

(a) create_tx as in the agent daemon / guide: json.dumps(tx, sort_keys=True), Ed25519 sign, sha256 hexdigest
    (here also the node's compact hash, to match the C++ side's node-hash prediction).
(b) keystore unlock as in the CLI: PBKDF2-HMAC-SHA256(100000) + AES-256-GCM decrypt.

Needs Debian's python3-cryptography (/usr/bin/python3). Prints one JSON object.
Usage: bench_core_python.py KEYSTORE PASSWORD TX_SECONDS UNLOCK_COUNT
"""
import hashlib
import json
import sys
import time

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def bench_tx(seconds):
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    pub = key.public_key().public_bytes_raw().hex() if hasattr(key.public_key(), "public_bytes_raw") else None
    n = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        tx = {
            "type": "TRANSFER",
            "chain_id": "ait-mainnet",
            "from": "ait103a107bff3ce10be1d70dd18e74bc09967e4d630",
            "nonce": n,
            "fee": 10,
            "payload": {"recipient": "ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c", "amount": 0,
                        "message": "ping %d" % n, "payload": "ping %d" % n},
        }
        signed = json.dumps(tx, sort_keys=True)
        sig = key.sign(signed.encode()).hex()
        tx_hash = hashlib.sha256(signed.encode()).hexdigest()  # create_tx's client hash
        normalized = dict(tx, signature=sig, to=tx["payload"]["recipient"], amount=0, value=0)
        node_hash = "0x" + hashlib.sha256(json.dumps(normalized, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
        n += 1
        if (n & 63) == 0 and time.perf_counter() >= deadline:
            break
    elapsed = time.perf_counter() - start
    assert tx_hash and node_hash and (pub is None or len(pub) == 64)
    return n / elapsed


def bench_unlock(path, password, count):
    with open(path) as f:
        data = json.load(f)
    c = data.get("crypto", data)
    salt = bytes.fromhex(c["kdfparams"]["salt"])
    nonce = bytes.fromhex(c["cipherparams"]["nonce"])
    ct = bytes.fromhex(c["ciphertext"])
    times = []
    for _ in range(count):
        start = time.perf_counter()
        kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=c["kdfparams"]["c"])
        key = kdf.derive(password.encode())
        seed = AESGCM(key).decrypt(nonce, ct, None)
        times.append(time.perf_counter() - start)
        assert len(seed) == 32
    times.sort()
    return times[len(times) // 2]


def main():
    path, password, tx_seconds, unlock_count = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    import cryptography
    print(json.dumps({
        "python": sys.version.split()[0],
        "cryptography": cryptography.__version__,
        "tx_per_second": bench_tx(tx_seconds),
        "unlock_median_seconds": bench_unlock(path, password, unlock_count),
    }))


if __name__ == "__main__":
    main()
