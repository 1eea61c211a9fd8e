#!/usr/bin/env bash
# Installs what is needed, builds, and starts the dashboard on its embedded default: an in-process
# devnet (leader + follower, funded demo wallets) so messages flow and nodes are compared at once.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec ./build/src/app/aitbc-dashboard --demo "$@"
