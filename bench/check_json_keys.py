#!/usr/bin/env python3
"""Smoke check for a benchmark's --json mode: runs the command after `--`, parses its standard output as
one JSON object and fails unless every key named in the first argument (comma-separated) is present with
a finite number. Speeds are never asserted: the CTest run only proves the output's shape."""
import json
import math
import subprocess
import sys


def main() -> int:
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print("usage: check_json_keys.py key1,key2 -- command [args...]", file=sys.stderr)
        return 2
    keys = sys.argv[1].split(",")
    out = subprocess.run(sys.argv[3:], check=True, stdout=subprocess.PIPE, timeout=1800).stdout
    data = json.loads(out)
    if not isinstance(data, dict):
        print("output is not a JSON object", file=sys.stderr)
        return 1
    missing = [k for k in keys if not isinstance(data.get(k), (int, float)) or isinstance(data.get(k), bool)
               or not math.isfinite(data[k])]
    if missing:
        print(f"missing or non-numeric keys: {missing}\n{data}", file=sys.stderr)
        return 1
    print(json.dumps(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
