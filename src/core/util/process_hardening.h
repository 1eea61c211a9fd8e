#pragma once

#include <QString>

namespace aitbc::util {

/// What hardenProcess() managed to do; each step can fail independently (e.g. in a sandbox).
struct HardeningResult {
    bool coreDumpsDisabled = false; ///< RLIMIT_CORE is 0 (soft and hard)
    bool notDumpable = false;       ///< PR_GET_DUMPABLE is 0
    QString error;                  ///< empty when both succeeded
    bool ok() const { return coreDumpsDisabled && notDumpable; }
};

/// Keeps key material out of core files and away from other processes of the same user: sets
/// RLIMIT_CORE to 0 (no core file, whatever the system's core_pattern says, except a pipe handler that
/// ignores the limit) and PR_SET_DUMPABLE to 0 (no core dump at all on Linux, and /proc/<pid>/mem,
/// ptrace attach and /proc/<pid>/environ become off-limits to unprivileged processes). Call it first
/// thing in main() of every program that can hold a seed or password: the dashboard and `aitbc-agent`
/// (daemon and every command that unlocks a keystore). Async-signal-safe apart from building the error
/// text, so it may also run in a forked child.
HardeningResult hardenProcess();

/// Current state, for tests and diagnostics: whether core dumps are off (RLIMIT_CORE soft limit 0) and
/// whether the process is non-dumpable.
bool coreDumpsDisabled();
bool processDumpable();

} // namespace aitbc::util
