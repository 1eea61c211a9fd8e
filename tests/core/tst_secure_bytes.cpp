#include "crypto/secure_bytes.h"

#include <QtTest>

#include <cstring>

using aitbc::crypto::SecureBytes;

/// Proves that key material is zero when its memory is handed back: the release observer reads the very
/// block that is about to be freed.
class TestSecureBytes : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { SecureBytes::setReleaseObserver({}); }

    void holdsBytes() {
        const QByteArray secret("0123456789abcdef0123456789abcdef");
        const SecureBytes s = SecureBytes::copyOf(secret);
        QCOMPARE(s.size(), std::size_t(32));
        QCOMPARE(s.view().toByteArray(), secret);
        QVERIFY(s.equals(secret));
        QVERIFY(!s.equals(QByteArray(32, 'x')));
        QVERIFY(!s.equals(secret.left(31)));
    }

    void zeroAfterDestruction() {
        QByteArray seen;
        const unsigned char* seenAddress = nullptr;
        const unsigned char* address = nullptr;
        SecureBytes::setReleaseObserver([&](const unsigned char* data, std::size_t size) {
            seenAddress = data;
            seen = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
        });
        {
            SecureBytes s(64);
            std::memset(s.data(), 0xA5, s.size());
            address = s.data();
        }
        QCOMPARE(seenAddress, address);
        QCOMPARE(seen.size(), 64);
        QCOMPARE(seen, QByteArray(64, '\0'));
    }

    void zeroAfterClearAndMoveAssign() {
        QList<QByteArray> released;
        SecureBytes::setReleaseObserver([&](const unsigned char* data, std::size_t size) {
            released << QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
        });
        SecureBytes a = SecureBytes::copyOf(QByteArray(16, 'k'));
        a.clear();
        QCOMPARE(a.size(), std::size_t(0));
        QCOMPARE(released.size(), 1);
        QCOMPARE(released[0], QByteArray(16, '\0'));

        SecureBytes b = SecureBytes::copyOf(QByteArray(8, 'b'));
        SecureBytes c = SecureBytes::copyOf(QByteArray(4, 'c'));
        b = std::move(c); // b's old 8 bytes must be wiped and released
        QCOMPARE(released.size(), 2);
        QCOMPARE(released[1], QByteArray(8, '\0'));
        QCOMPARE(b.view().toByteArray(), QByteArray(4, 'c'));
        QCOMPARE(c.size(),
                 std::size_t(0)); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    }

    void moveDoesNotDoubleRelease() {
        int releases = 0;
        SecureBytes::setReleaseObserver([&](const unsigned char*, std::size_t) { ++releases; });
        {
            SecureBytes a = SecureBytes::copyOf(QByteArray(8, 'a'));
            SecureBytes b(std::move(a));
            SecureBytes c(std::move(b));
            QCOMPARE(c.size(), std::size_t(8));
        }
        QCOMPARE(releases, 1);
    }

    void takeFromWipesSource() {
        QByteArray source("hunter2-password");
        const SecureBytes s = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(s.view().toByteArray(), QByteArray("hunter2-password"));
    }

    void reportsLocking() {
        // mlock may be refused (RLIMIT_MEMLOCK); either way the buffer must be usable.
        SecureBytes s(32);
        qInfo() << "mlock granted:" << s.isLocked();
        QCOMPARE(s.view(), QByteArrayView(QByteArray(32, '\0')));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_secure_bytes.moc"
