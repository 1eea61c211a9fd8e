#include "util/process_hardening.h"

#include <cerrno>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace aitbc::util {

HardeningResult hardenProcess() {
    HardeningResult r;
    struct rlimit none = {0, 0};
    const int limitRc = ::setrlimit(RLIMIT_CORE, &none);
    const int limitErrno = errno;
    const int dumpRc = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const int dumpErrno = errno;
    r.coreDumpsDisabled = limitRc == 0 && coreDumpsDisabled();
    r.notDumpable = dumpRc == 0 && !processDumpable();
    if (!r.coreDumpsDisabled)
        r.error = QStringLiteral("setrlimit(RLIMIT_CORE, 0) failed: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(limitErrno)));
    if (!r.notDumpable) {
        if (!r.error.isEmpty())
            r.error += QStringLiteral("; ");
        r.error += QStringLiteral("prctl(PR_SET_DUMPABLE, 0) failed: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(dumpErrno)));
    }
    return r;
}

bool coreDumpsDisabled() {
    struct rlimit current = {};
    return ::getrlimit(RLIMIT_CORE, &current) == 0 && current.rlim_cur == 0;
}

bool processDumpable() {
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
}

} // namespace aitbc::util
