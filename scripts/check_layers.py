#!/usr/bin/env python3
"""Fails when a source file includes a header of a layer it must not depend on.

Every file under src/ belongs to one module (the folder it sits in, see MODULE_OF_FOLDER); every
`#include "x/..."` names the module of folder x. ALLOWED lists, per module, the modules it may include
(docs/architecture.md explains why). Usage: check_layers.py SRC_DIR; exit 1 and one line per violation.
"""
import pathlib
import re
import sys

# Folder (relative to src/) -> module. Longest match wins.
MODULE_OF_FOLDER = {
    "core/util": "core", "core/json": "core", "core/crypto": "core", "core/address": "core",
    "core/keystore": "core", "core/tx": "core", "core/protocol": "core",
    "core/chain": "chain", "core/messaging": "messaging", "core/sync": "sync",
    "devnet": "devnet", "demo": "demo", "gui": "gui", "cli": "cli", "app": "app",
    "devnet-main": "devnet-main",
}

# Include prefix (first path component of an #include "...") -> module.
MODULE_OF_INCLUDE = {
    "util": "core", "json": "core", "crypto": "core", "address": "core", "keystore": "core",
    "tx": "core", "protocol": "core",
    "chain": "chain", "messaging": "messaging", "sync": "sync",
    "devnet": "devnet", "demo": "demo",
    # the GUI's own folders
    "common": "gui", "dialogs": "gui", "mainwindow": "gui", "models": "gui", "panes": "gui",
    "secrets": "gui", "settings": "gui", "state": "gui", "notify": "gui",
}

ALLOWED = {
    "core": {"core"},
    "chain": {"core", "chain"},
    "messaging": {"core", "chain", "messaging"},
    "sync": {"core", "chain", "sync"},
    # The devnet is the node simulator: it must not share the client's reading code, or the
    # conformance tests would prove less.
    "devnet": {"core", "devnet"},
    "demo": {"core", "chain", "messaging", "devnet", "demo"},
    "gui": {"core", "chain", "messaging", "sync", "demo", "gui"},
    "cli": {"core", "chain", "messaging", "sync", "cli"},
    "app": {"core", "chain", "messaging", "sync", "gui", "app"},
    "devnet-main": {"core", "devnet", "demo", "devnet-main"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/')


def module_of(path: pathlib.Path, src: pathlib.Path):
    rel = path.relative_to(src).as_posix()
    best = None
    for folder, module in MODULE_OF_FOLDER.items():
        if rel.startswith(folder + "/") and (best is None or len(folder) > len(best[0])):
            best = (folder, module)
    return best[1] if best else None


def main() -> int:
    src = pathlib.Path(sys.argv[1]).resolve()
    violations = []
    checked = 0
    for path in sorted(src.rglob("*")):
        if path.suffix not in {".h", ".cpp"}:
            continue
        module = module_of(path, src)
        if module is None:
            violations.append(f"{path.relative_to(src)}: not in any module folder")
            continue
        checked += 1
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = MODULE_OF_INCLUDE.get(m.group(1))
            if target is None:
                continue  # generated headers (ui_*.h) and the module's own relative includes
            if target not in ALLOWED[module]:
                violations.append(f"{path.relative_to(src)}:{number}: {module} must not include {target} "
                                  f"({line.strip()})")
    for v in violations:
        print(v)
    print(f"{checked} files checked, {len(violations)} layer violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
