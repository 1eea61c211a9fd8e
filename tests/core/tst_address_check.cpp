// isAitbcAddress: what `message send --to` (and any sender) accepts. Every key-based AITBC generator's
// output passes, exactly as the node compares it; typos, other chains' formats and free text do not.
#include "address/address.h"
#include "address/address_check.h"

#include <QtTest>

using namespace aitbc;

class TestAddressCheck : public QObject {
    Q_OBJECT

private slots:
    void everyGeneratorIsAccepted() {
        for (char fill : {'a', 'b', 'z'}) {
            const QByteArray pub(32, fill);
            for (address::Style s : {address::Style::Cli, address::Style::Sha256, address::Style::Bech32}) {
                const QString a = address::derive(s, pub);
                QVERIFY2(address::isAitbcAddress(a), qPrintable(a));
                QCOMPARE(address::addressShape(a),
                         s == address::Style::Bech32 ? address::Shape::Bech32 : address::Shape::Hex40);
            }
        }
        // The protocol's own examples (§2.1) and the real chain's bech32 wallets.
        for (const char* a :
             {"ait103a107bff3ce10be1d70dd18e74bc09967e4d630", "ait156475aa75463474c0285df5dbf2bcab73da65135",
              "ait12er44f65vdr5cq59mawm7272ku76v5f43qu7ndm5sxew4vg8wzxqfs79l3",
              "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay",
              "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm"})
            QVERIFY2(address::isAitbcAddress(QString::fromLatin1(a)), a);
    }

    void anythingElseIsRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("issue example") << QStringLiteral("ait1notanaddress");
        QTest::newRow("empty") << QString();
        QTest::newRow("hex one short") << QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d63");
        QTest::newRow("hex one long") << QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d6300");
        QTest::newRow("uppercase hex") << QStringLiteral("ait103A107BFF3CE10BE1D70DD18E74BC09967E4D630");
        QTest::newRow("non-hex") << QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d63g");
        QTest::newRow("aitbc1 spelling") << QStringLiteral("aitbc103a107bff3ce10be1d70dd18e74bc09967e4d630");
        QTest::newRow("ethereum") << QStringLiteral("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
        QTest::newRow("operator name") << QStringLiteral("aitbc1treasury");
        QTest::newRow("bech32 bad checksum")
            << QStringLiteral("ait12er44f65vdr5cq59mawm7272ku76v5f43qu7ndm5sxew4vg8wzxqfs79l4");
        QTest::newRow("bech32 uppercase")
            << QStringLiteral("AIT12ER44F65VDR5CQ59MAWM7272KU76V5F43QU7NDM5SXEW4VG8WZXQFS79L3");
        QTest::newRow("bech32 other hrp") << QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        QTest::newRow("trailing space") << QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d630 ");
        QTest::newRow("escape") << QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc0996\x1b[31m");
    }
    void anythingElseIsRefused() {
        QFETCH(QString, text);
        QVERIFY(!address::isAitbcAddress(text));
    }
};

QTEST_GUILESS_MAIN(TestAddressCheck)
#include "tst_address_check.moc"
