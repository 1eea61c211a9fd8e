#!/usr/bin/env python3
"""Regenerates fuzz/corpus/<target>/ seed files from the reference data in tests/data.

The seeds are committed (they are small data files); rerun this only when the reference data changes:
    fuzz/make_corpus.py [--data /path/to/tests/data]
Every seed is real: keystore files, POST bodies, RPC answers from the real node's transcript, payload
columns of the real chain.db. Keystores also get a copy with a tiny PBKDF2 count so that the fuzzer
reaches decryption quickly (fuzz_keystore only unlocks files asking for <= 16 iterations).
"""
import argparse
import hashlib
import json
import pathlib
import re
import shutil
import sqlite3

ROOT = pathlib.Path(__file__).resolve().parent


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    out = ROOT / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    (out / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def transcript_exchanges(text):
    """(url, method, request body or None, answer) for every curl in transcript.md."""
    blocks = re.findall(r"```\n\$ (curl[^\n]*)\n(.*?)```", text, re.S)
    txs = dict(re.findall(r"```\n\$ cat txs/(\S+)\n(.*?)\n```", text, re.S))
    for cmd, answer in blocks:
        url = re.search(r"http://127\.0\.0\.1:\d+(\S*?)'?(?:\s|$)", cmd).group(1).rstrip("'")
        body = None
        if m := re.search(r"--data-binary @txs/(\S+)", cmd):
            body = txs.get(m.group(1))
        elif m := re.search(r"-d '([^']*)'", cmd):
            body = m.group(1)
        answer = re.sub(r" HTTP \d+\s*$", "", answer.strip())
        yield url, ("POST" if body is not None else "GET"), body, answer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "tests" / "data"))
    args = parser.parse_args()
    data = pathlib.Path(args.data)
    corpus = ROOT / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)

    # Keystores: every reference file, plus a low-iteration copy of each.
    keystores = sorted((data / "vectors/keystores").glob("*.json")) + sorted((data / "real-chain/keystore").glob("*.json"))
    for path in keystores:
        text = path.read_text()
        write("keystore", text)
        write("keystore", re.sub(r'"(c|iterations)": \d+', r'"\1": 2', text))
        write("json_roundtrip", text)

    # Transaction bodies (vectors and the transcript's txs/*.json).
    vectors = json.loads((data / "vectors/transactions.json").read_text())
    for tx in vectors["transactions"]:
        body = json.dumps(tx["post_body"])
        for target in ("ref_request", "tx_verify", "json_roundtrip"):
            write(target, body)
        sub = tx["ref_node_submission"]
        write("json_roundtrip", tx["canonical_signed_string"])
        if "hash_input_string" in sub:
            write("json_roundtrip", sub["hash_input_string"])
        if "normalized_tx" in sub:
            write("rpc_response", bytes([4]) + json.dumps({"success": True, "transactions": [sub["normalized_tx"]]}).encode())
        if item := sub.get("rpc_blocks_height_tx_item_on_proposer"):
            write("rpc_response", bytes([3]) + json.dumps({"height": 2, "hash": "0x00", "transactions": [item]}).encode())
        if row := sub.get("proposer_stored_row"):
            payload = row.get("payload") if isinstance(row, dict) else None
            if isinstance(payload, str):
                write("payload_text", payload)
    for name in ("head_transactions.json", "blocks.json", "keys.json", "keystores.json"):
        write("json_roundtrip", (data / "vectors" / name).read_text())
    write("json_roundtrip", (data / "real-chain/genesis.json").read_text())

    # The real node's answers and requests.
    endpoints = [("/health", 0), ("/rpc/head", 1), ("/rpc/blocks-range", 2), ("/rpc/blocks/", 3),
                 ("/rpc/mempool", 4), ("/rpc/account/", 5), ("/rpc/transaction", 6), ("/rpc/", 7)]
    transcript = (data / "real-chain/transcript.md").read_text()
    for url, method, body, answer in transcript_exchanges(transcript):
        selector = next(sel for prefix, sel in endpoints if url.startswith(prefix) or prefix == "/rpc/")
        write("rpc_response", bytes([selector]) + answer.encode())
        write("rpc_response", bytes([7]) + answer.encode())  # the same text read as an error body
        write("json_roundtrip", answer)
        if body is not None:
            for target in ("ref_request", "tx_verify"):
                write(target, body)
        # devnet_http: selector bit 0 = node (0 REF quirks, 1 fixed), bits 3-5 = method index (0 GET, 1 POST).
        method_bits = (1 if method == "POST" else 0) << 3
        for node in (0, 1):
            request = url.encode() + b"\n" + (body.encode() if body else b"")
            write("devnet_http", bytes([node | 2 | method_bits]) + request)
        raw = f"{method} {url} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: {len(body.encode()) if body else 0}\r\n\r\n"
        write("devnet_http", bytes([0]) + raw.encode() + (body.encode() if body else b""))
    for stamp in ("2026-11-26T00:41:57.101596", "2025-01-01 00:00:00", "2026-11-26 00:41:57.101596+00:00",
                  "2026-05-09T12:34:56Z"):
        write("rpc_response", bytes([8]) + stamp.encode())

    # Payload columns (and tx_metadata) of the real chain.
    db = sqlite3.connect(f"file:{data / 'real-chain/chain.db'}?mode=ro", uri=True)
    for payload, metadata in db.execute('select payload, tx_metadata from "transaction"'):
        seed = payload.encode() + ((b"\0" + metadata.encode()) if metadata else b"")
        write("payload_text", seed)
        write("json_roundtrip", payload)
    write("payload_text", b'"a bare string payload"')
    write("payload_text", b'{"from": "a", "payload": {"message": "nested"}}\0{"message": "from metadata"}')


if __name__ == "__main__":
    main()
