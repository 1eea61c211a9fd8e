#include "address/address.h"
#include "address/bech32.h"
#include "crypto/encoding.h"
#include "testdata.h"
#include "json/parse.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::address;

class TestAddress : public QObject {
    Q_OBJECT
private slots:
    void vectorAddresses() {
        const auto doc = *json::parse(test::readTestData(QStringLiteral("vectors/keys.json")));
        int n = 0;
        for (const auto& k : doc[QStringLiteral("keys")].asArray()) {
            const QByteArray pub =
                *crypto::fromHex(k[QStringLiteral("public_key_hex")].toString().toLatin1());
            const auto& a = k[QStringLiteral("addresses")];
            QCOMPARE(cliAddress(pub), a[QStringLiteral("cli_pubkey_prefix")].toString());
            QCOMPARE(sha256Address(pub), a[QStringLiteral("genesis_wallet_sha256_prefix")].toString());
            QCOMPARE(bech32Address(pub), a[QStringLiteral("node_keystore_bech32")].toString());
            QCOMPARE(bech32Address(pub).size(), 62);
            QCOMPARE(addressStyleFor(a[QStringLiteral("cli_pubkey_prefix")].toString(), pub), Style::Cli);
            QCOMPARE(addressStyleFor(a[QStringLiteral("genesis_wallet_sha256_prefix")].toString(), pub),
                     Style::Sha256);
            QCOMPARE(addressStyleFor(a[QStringLiteral("node_keystore_bech32")].toString(), pub),
                     Style::Bech32);
            // The raw "aitbc1" spelling is not what the node stores; case matters (§2.1).
            QCOMPARE(addressStyleFor(a[QStringLiteral("genesis_wallet_raw_before_replace")].toString(), pub),
                     std::nullopt);
            QCOMPARE(addressStyleFor(a[QStringLiteral("cli_pubkey_prefix")].toString().toUpper(), pub),
                     std::nullopt);
            ++n;
        }
        QCOMPARE(n, 3);
    }

    void realChainAddressesAreBech32() {
        const auto doc = *json::parse(test::readTestData(QStringLiteral("real-chain/keys.json")));
        for (const char* name : {"aitbc1genesis", "alice", "bob"}) {
            const auto& k = doc[QLatin1String(name)];
            const QByteArray pub =
                *crypto::fromHex(k[QStringLiteral("public_key_hex")].toString().toLatin1());
            QCOMPARE(addressStyleFor(k[QStringLiteral("address")].toString(), pub), Style::Bech32);
        }
    }

    void otherKeysDoNotMatch() {
        const QByteArray pub(32, '\x01');
        const QByteArray other(32, '\x02');
        for (Style s : {Style::Cli, Style::Sha256, Style::Bech32}) {
            QCOMPARE(addressStyleFor(derive(s, pub), pub), s);
            QCOMPARE(addressStyleFor(derive(s, pub), other), std::nullopt);
        }
        QCOMPARE(addressStyleFor(QStringLiteral("aitbc1treasury"), pub), std::nullopt);
        QCOMPARE(addressStyleFor(derive(Style::Cli, pub), pub.left(31)), std::nullopt);
    }

    void bech32ChecksumIsBip173() {
        // BIP-173 valid test string (constant 1); a bech32m string must not validate here.
        QVERIFY(bech32::decode(QStringLiteral("A12UEL5L")).has_value());
        QVERIFY(bech32::decode(QStringLiteral("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")).has_value());
        QVERIFY(!bech32::decode(QStringLiteral("a1lqfn3a")).has_value()); // BIP-350 bech32m vector
        const QString addr = QStringLiteral("ait12er44f65vdr5cq59mawm7272ku76v5f43qu7ndm5sxew4vg8wzxqfs79l3");
        const auto d = bech32::decode(addr);
        QVERIFY(d.has_value());
        QCOMPARE(d->hrp, QStringLiteral("ait"));
        const auto bytes = bech32::convertBits(d->data, 5, 8, false);
        QVERIFY(bytes.has_value());
        QCOMPARE(bytes->size(), std::size_t(32));
        QString flipped = addr;
        flipped[10] = flipped[10] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        QVERIFY(!bech32::decode(flipped).has_value());
    }

    void styleNames() {
        for (Style s : {Style::Cli, Style::Sha256, Style::Bech32})
            QCOMPARE(styleFromName(styleName(s)), s);
        QCOMPARE(styleFromName(QStringLiteral("bech32m")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
