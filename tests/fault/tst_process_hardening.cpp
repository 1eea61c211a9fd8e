// Core dumps off (issue 9, part 4): util::hardenProcess() must leave a process with RLIMIT_CORE 0 and
// PR_GET_DUMPABLE 0. It runs in a forked child, so the test process itself stays debuggable; the child
// reports what the kernel says through a pipe.

#include "util/process_hardening.h"

#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

class TestProcessHardening : public QObject {
    Q_OBJECT

    struct ChildReport {
        int dumpableBefore = -1;
        int dumpableAfter = -1;
        long long coreSoft = -1;
        long long coreHard = -1;
        int helperOk = 0;
    };

    /// Forks; the child calls the helper and writes a ChildReport; returns what it wrote.
    static ChildReport runChild() {
        int fds[2];
        if (::pipe(fds) != 0)
            qFatal("pipe");
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            ChildReport r;
            r.dumpableBefore = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
            r.helperOk = aitbc::util::hardenProcess().ok() ? 1 : 0;
            r.dumpableAfter = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
            struct rlimit core = {};
            ::getrlimit(RLIMIT_CORE, &core);
            r.coreSoft = static_cast<long long>(core.rlim_cur);
            r.coreHard = static_cast<long long>(core.rlim_max);
            const ssize_t n = ::write(fds[1], &r, sizeof r);
            ::_exit(n == ssize_t(sizeof r) ? 0 : 1);
        }
        ::close(fds[1]);
        ChildReport r;
        const ssize_t n = ::read(fds[0], &r, sizeof r);
        ::close(fds[0]);
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (n != ssize_t(sizeof r) || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
            qFatal("child failed");
        return r;
    }

private slots:
    void childIsNotDumpable() {
        const ChildReport r = runChild();
        QCOMPARE(r.dumpableBefore, 1); // a fresh process is dumpable: the helper is what changes it
        QCOMPARE(r.helperOk, 1);
        QCOMPARE(r.dumpableAfter, 0);
        QCOMPARE(r.coreSoft, 0LL);
        QCOMPARE(r.coreHard, 0LL); // the hard limit too: the process cannot raise it again
        // The parent is untouched.
        QVERIFY(aitbc::util::processDumpable());
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_process_hardening.moc"
