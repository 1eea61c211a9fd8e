// Every fuzz target's properties, replayed on every committed input (issue 9, part 1): the seed corpus
// fuzz/corpus/<target>/ and every past finding under fuzz/regressions/<target>/. The fuzz targets' own
// sources are compiled in (their LLVMFuzzerTestOneInput renamed per target in CMake), so a property that
// breaks aborts this test with the message of the check, under the normal and the sanitizer builds.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstdint>
#include <cstdio>

#define AITBC_FUZZ_TARGETS(X)                                                                                \
    X(json_roundtrip)                                                                                        \
    X(json_limits)                                                                                           \
    X(keystore)                                                                                              \
    X(ref_request)                                                                                           \
    X(tx_verify)                                                                                             \
    X(rpc_response)                                                                                          \
    X(payload_text)                                                                                          \
    X(devnet_http)

#define AITBC_DECLARE(name) extern "C" int aitbcFuzz_##name(const uint8_t* data, size_t size);
AITBC_FUZZ_TARGETS(AITBC_DECLARE)
#undef AITBC_DECLARE
extern "C" int aitbcFuzzInit_devnet_http(int* argc, char*** argv);
extern "C" void aitbcFuzzDevnetShutdown();

class TestFuzzRegressions : public QObject {
    Q_OBJECT

    using Target = int (*)(const uint8_t*, size_t);

    static int replay(const QString& target, Target fn) {
        int count = 0;
        for (const char* kind : {"corpus", "regressions"}) {
            const QDir dir(QStringLiteral(AITBC_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), target));
            for (const QFileInfo& file : dir.entryInfoList(QDir::Files, QDir::Name)) {
                QFile f(file.filePath());
                if (!f.open(QIODevice::ReadOnly))
                    qFatal("cannot read %s", qPrintable(file.filePath()));
                const QByteArray input = f.readAll();
                fprintf(stderr, "%s\r", qPrintable(file.filePath())); // names the input if a check aborts
                fn(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
                ++count;
            }
        }
        return count;
    }

private slots:
    void cleanupTestCase() { aitbcFuzzDevnetShutdown(); }

    void replayAll_data() {
        QTest::addColumn<QString>("target");
#define AITBC_ROW(name) QTest::newRow(#name) << QStringLiteral(#name);
        AITBC_FUZZ_TARGETS(AITBC_ROW)
#undef AITBC_ROW
    }

    void replayAll() {
        QFETCH(QString, target);
        Target fn = nullptr;
#define AITBC_PICK(name)                                                                                     \
    if (target == QLatin1String(#name))                                                                      \
        fn = &aitbcFuzz_##name;
        AITBC_FUZZ_TARGETS(AITBC_PICK)
#undef AITBC_PICK
        QVERIFY(fn);
        if (target == QLatin1String("devnet_http")) {
            static bool started = false;
            if (!started) {
                int argc = 1;
                char arg0[] = "tst_fuzz_regressions";
                char* args[] = {arg0, nullptr};
                char** argv = args;
                aitbcFuzzInit_devnet_http(&argc, &argv);
                started = true;
            }
        }
        const int inputs = replay(target, fn);
        QVERIFY2(inputs > 0, "every target has a seed corpus");
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
