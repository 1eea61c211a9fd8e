// protocol/ref_request, protocol/block_hash and protocol/timestamp against the vectors produced by AITBC's
// own functions (tests/data/vectors) and against every block of the real node's chain.db.
#include "devnet/block_hash.h"
#include "devnet/genesis.h"
#include "protocol/ref_request.h"
#include "test_result.h"
#include "testdata.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

namespace {
json::Value loadJson(const QString& relative) {
    auto v = json::parse(test::readTestData(relative));
    if (!v)
        qFatal("bad json %s: %s", qPrintable(relative), qPrintable(v.error().message));
    return *v;
}

json::Value vectorTx(const QString& prefix) {
    const json::Value all = loadJson(QStringLiteral("vectors/transactions.json"));
    for (const json::Value& tx : all[QStringLiteral("transactions")].asArray())
        if (tx[QStringLiteral("id")].toString().startsWith(prefix))
            return tx;
    qFatal("no vector %s", qPrintable(prefix));
}
} // namespace

class TestProtocolVectors : public QObject {
    Q_OBJECT
private slots:
    void normalizedAndHash_data();
    void normalizedAndHash();
    void legacyBodiesAre422_data();
    void legacyBodiesAre422();
    void transcript422Details();
    void laxIntegerCoercion();
    void amountErrorsAre400();
    void blockVectors();
    void timestampForms();
    void realChainBlockHashes();
    void genesisFile();
};

void TestProtocolVectors::normalizedAndHash_data() {
    QTest::addColumn<QString>("id");
    for (const char* id : {"tx01", "tx02", "tx03", "tx06"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestProtocolVectors::normalizedAndHash() {
    QFETCH(QString, id);
    const json::Value tx = vectorTx(id);
    const json::Value& sub = tx[QStringLiteral("ref_node_submission")];
    QList<protocol::ValidationError> errors;
    const auto req = protocol::parseRefRequest(tx[QStringLiteral("post_body")], &errors);
    QVERIFY(req);
    QVERIFY(errors.isEmpty());
    protocol::AdmissionError adm;
    const auto normalized = protocol::normalizeRef(*req, QStringLiteral("ait-mainnet"), &adm);
    QVERIFY2(normalized, qPrintable(adm.reason));
    const QByteArray expectedInput = sub[QStringLiteral("hash_input_string")].toString().toUtf8();
    QCOMPARE(json::dumpCompact(*normalized), expectedInput);
    // Key order too: the node's dict order is what a memory-backend payload keeps.
    const json::DumpOptions ordered{json::Separators::Compact, false, false};
    QCOMPARE(json::dump(*normalized, ordered), json::dump(sub[QStringLiteral("normalized_tx")], ordered));
    const QString expectedHash =
        sub[QStringLiteral("response")][QStringLiteral("transaction_hash")].toString();
    QCOMPARE(protocol::nodeTransactionHash(*normalized), expectedHash);
    const auto mainnetHash =
        protocol::predictNodeHash(tx[QStringLiteral("post_body")], QStringLiteral("ait-mainnet"));
    QVERIFY2(mainnetHash, qPrintable(mainnetHash.error().message));
    QCOMPARE(*mainnetHash, expectedHash);
    // The body's chain_id is ignored: another node chain changes the hash, the body's does not matter.
    const auto devnetHash =
        protocol::predictNodeHash(tx[QStringLiteral("post_body")], QStringLiteral("ait-devnet"));
    QVERIFY(devnetHash);
    QVERIFY(*devnetHash != expectedHash);
}

void TestProtocolVectors::legacyBodiesAre422_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("tx04") << QStringLiteral("tx04");
    QTest::newRow("tx05") << QStringLiteral("tx05");
}

void TestProtocolVectors::legacyBodiesAre422() {
    QFETCH(QString, id);
    const json::Value tx = vectorTx(id);
    QList<protocol::ValidationError> errors;
    QVERIFY(!protocol::parseRefRequest(tx[QStringLiteral("post_body")], &errors));
    const json::Value expected = tx[QStringLiteral("ref_node_submission")][QStringLiteral("response")];
    const auto& detail = expected[QStringLiteral("detail")].asArray();
    QCOMPARE(errors.size(), qsizetype(detail.size()));
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const json::Value got = errors[i].toJson();
        for (const char* key : {"type", "loc", "msg"})
            QCOMPARE(json::dumpCompact(got[QString::fromLatin1(key)]),
                     json::dumpCompact(detail[size_t(i)][QString::fromLatin1(key)]));
    }
    const auto refused =
        protocol::predictNodeHash(tx[QStringLiteral("post_body")], QStringLiteral("ait-mainnet"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.startsWith(QStringLiteral("422")));
}

void TestProtocolVectors::transcript422Details() {
    struct Case {
        const char* body;
        const char* detail;
    };
    const Case cases[] = {
        {R"J({"type":"MESSAGE","from":"a","nonce":0,"fee":10,"payload":{"recipient":"b","amount":0}})J",
         R"J([{"type":"value_error","loc":["body"],"msg":"Value error, unsupported transaction type: MESSAGE","input":{"type":"MESSAGE","from":"a","nonce":0,"fee":10,"payload":{"recipient":"b","amount":0}},"ctx":{"error":{}}}])J"},
        {R"J({"type":"TRANSFER","from":"a","nonce":0,"fee":10,"payload":{"amount":1}})J",
         R"J([{"type":"value_error","loc":["body"],"msg":"Value error, transfer payload requires 'recipient' (or legacy 'to')","input":{"type":"TRANSFER","from":"a","nonce":0,"fee":10,"payload":{"amount":1}},"ctx":{"error":{}}}])J"},
        {R"J({"type":"TRANSFER","from":"a","nonce":0,"fee":-1,"payload":{"recipient":"b","amount":1}})J",
         R"J([{"type":"greater_than_equal","loc":["body","fee"],"msg":"Input should be greater than or equal to 0","input":-1,"ctx":{"ge":0}}])J"},
        {R"J({"type":"transfer","from":"a","to":"b","amount":0,"fee":10,"nonce":1,"payload":"ping"})J",
         R"J([{"type":"dict_type","loc":["body","payload"],"msg":"Input should be a valid dictionary","input":"ping"}])J"},
    };
    for (const Case& c : cases) {
        QList<protocol::ValidationError> errors;
        QVERIFY(!protocol::parseRefRequest(*json::parse(c.body), &errors));
        json::Value detail = json::Value::array();
        for (const auto& e : errors)
            detail.append(e.toJson());
        QCOMPARE(json::dump(detail, {json::Separators::Compact, false, false}), QByteArray(c.detail));
    }
}

void TestProtocolVectors::laxIntegerCoercion() {
    auto parse = [](const char* body, QList<protocol::ValidationError>* errors) {
        return protocol::parseRefRequest(*json::parse(body), errors);
    };
    QList<protocol::ValidationError> errors;
    auto r =
        parse(R"({"type":"transfer","sender":" a ","nonce":"7","fee":10.0,"payload":{"to":"b","value":3}})",
              &errors);
    QVERIFY(r);
    QCOMPARE(r->type, QStringLiteral("TRANSFER"));
    QCOMPARE(r->from, QStringLiteral("a"));
    QCOMPARE(r->nonce, 7);
    QCOMPARE(r->fee, 10);
    QCOMPARE(r->payload[QStringLiteral("recipient")].toString(), QStringLiteral("b"));
    QCOMPARE(r->payload[QStringLiteral("amount")].toInt64().value_or(-1), 3);

    QVERIFY(!parse(R"({"type":"TRANSFER","from":"a","nonce":7.5,"fee":1,"payload":{"to":"b"}})", &errors));
    QCOMPARE(errors.value(0).type, QStringLiteral("int_from_float"));
    QVERIFY(!parse(R"({"type":"TRANSFER","from":"a","nonce":"x","fee":1,"payload":{"to":"b"}})", &errors));
    QCOMPARE(errors.value(0).type, QStringLiteral("int_parsing"));
    QVERIFY(!parse(R"({"type":"TRANSFER","from":"a","nonce":[],"fee":1,"payload":{"to":"b"}})", &errors));
    QCOMPARE(errors.value(0).type, QStringLiteral("int_type"));
    QVERIFY(!parse(R"({"type":"TRANSFER","payload":{"to":"b"}})", &errors));
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors[0].type, QStringLiteral("missing"));
    QCOMPARE(errors[0].loc, (QStringList{QStringLiteral("body"), QStringLiteral("from")}));
    QCOMPARE(errors[0].msg, QStringLiteral("Field required"));
    QVERIFY(!parse(R"([1,2])", &errors));
    QCOMPARE(errors.value(0).type, QStringLiteral("model_attributes_type"));
}

void TestProtocolVectors::amountErrorsAre400() {
    auto normalize = [](const char* body, QString* reason) {
        QList<protocol::ValidationError> errors;
        auto r = protocol::parseRefRequest(*json::parse(body), &errors);
        if (!r)
            qFatal("unexpected 422");
        protocol::AdmissionError adm;
        auto n = protocol::normalizeRef(*r, QStringLiteral("ait-mainnet"), &adm);
        *reason = adm.reason;
        return n;
    };
    QString reason;
    QVERIFY(!normalize(
        R"({"type":"TRANSFER","from":"a","nonce":0,"fee":1,"payload":{"to":"b","amount":"0.5"}})", &reason));
    QCOMPARE(reason, QStringLiteral("transaction.amount must be an integer"));
    QVERIFY(!normalize(
        R"({"type":"TRANSFER","from":"a","nonce":0,"fee":1,"payload":{"to":"b","amount":null}})", &reason));
    QVERIFY(!normalize(R"({"type":"TRANSFER","from":"a","nonce":-1,"fee":1,"payload":{"to":"b"}})", &reason));
    auto ok = normalize(
        R"({"type":"TRANSFER","from":"a","nonce":0,"fee":1,"payload":{"to":"b","amount":"12"}})", &reason);
    QVERIFY(ok);
    QCOMPARE((*ok)[QStringLiteral("amount")].toInt64().value_or(-1), 12);
}

void TestProtocolVectors::blockVectors() {
    const json::Value blocks = loadJson(QStringLiteral("vectors/blocks.json"));
    for (const json::Value& b : blocks[QStringLiteral("blocks")].asArray()) {
        const QString chain = b[QStringLiteral("chain_id")].toString();
        const qint64 height = *b[QStringLiteral("height")].toInt64();
        const QString hash = b[QStringLiteral("hash")].toString();
        const QString preimage = b[QStringLiteral("preimage")].toString();
        const QStringList parts = preimage.split(QLatin1Char('|'));
        const QStringList txs =
            parts.mid(4).join(QLatin1Char('|')).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        QCOMPARE(protocol::computeBlockHash(chain, height, b[QStringLiteral("parent_hash")].toString(),
                                            b[QStringLiteral("timestamp_used")].toString(), txs),
                 hash);
        // From the naive RPC form, as a verifier sees it.
        QCOMPARE(protocol::recomputeStoredBlockHash(chain, height,
                                                    b[QStringLiteral("parent_hash")].toString(),
                                                    b[QStringLiteral("rpc_timestamp")].toString(), txs),
                 hash);
        if (height == 0)
            QCOMPARE(protocol::genesisBlockHash(chain), hash);
    }
    QCOMPARE(protocol::genesisBlockHash(QStringLiteral("ait-mainnet")),
             QStringLiteral("0x08bdb93299d8fe4555eb26139c387f6b1907c941678f672acf73a6c1760d8f47"));
}

void TestProtocolVectors::timestampForms() {
    const auto t = protocol::MicroTime::parse(u"2026-11-26 00:41:57.101596");
    QVERIFY(t);
    QCOMPARE(t->dbText(), QStringLiteral("2026-11-26 00:41:57.101596"));
    QCOMPARE(t->isoNaive(), QStringLiteral("2026-11-26T00:41:57.101596"));
    QCOMPARE(t->isoAware(), QStringLiteral("2026-11-26T00:41:57.101596+00:00"));
    QCOMPARE(t->sqliteAdapterText(), QStringLiteral("2026-11-26 00:41:57.101596+00:00"));
    const auto whole = protocol::MicroTime::parse(u"2026-05-09T12:35:00Z");
    QVERIFY(whole);
    QCOMPARE(whole->isoAware(), QStringLiteral("2026-05-09T12:35:00+00:00"));
    QCOMPARE(whole->dbText(), QStringLiteral("2026-05-09 12:35:00.000000"));
    QCOMPARE(whole->sqliteAdapterText(), QStringLiteral("2026-05-09 12:35:00+00:00"));
    QCOMPARE(protocol::MicroTime::parse(u"2026-05-09T14:35:00+02:00")->isoNaive(),
             QStringLiteral("2026-05-09T12:35:00"));
    QCOMPARE(protocol::MicroTime::parse(u"2026-05-09T12:35:00.5")->microsecond(), 500000);
    QVERIFY(!protocol::MicroTime::parse(u"2026-13-09T12:35:00"));
    QVERIFY(!protocol::MicroTime::parse(u"yesterday"));
    QCOMPARE(protocol::genesisTime().dbText(), QStringLiteral("2025-01-01 00:00:00.000000"));
}

void TestProtocolVectors::realChainBlockHashes() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("real"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery blocks(db);
        QVERIFY(blocks.exec(QStringLiteral(
            "SELECT chain_id, height, hash, parent_hash, timestamp FROM block ORDER BY height")));
        int count = 0;
        while (blocks.next()) {
            QSqlQuery txs(db);
            txs.prepare(QStringLiteral(
                "SELECT tx_hash FROM \"transaction\" WHERE chain_id = ? AND block_height = ?"));
            txs.addBindValue(blocks.value(0));
            txs.addBindValue(blocks.value(1));
            QVERIFY(txs.exec());
            QStringList hashes;
            while (txs.next())
                hashes << txs.value(0).toString();
            QCOMPARE(protocol::recomputeStoredBlockHash(
                         blocks.value(0).toString(), blocks.value(1).toLongLong(), blocks.value(3).toString(),
                         blocks.value(4).toString(), hashes),
                     blocks.value(2).toString());
            ++count;
        }
        QCOMPARE(count, 23);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("real"));
}

void TestProtocolVectors::genesisFile() {
    const auto g = protocol::loadGenesisFile(test::testDataPath(QStringLiteral("real-chain/genesis.json")));
    QVERIFY(test::succeeded(g));
    QCOMPARE(g->chainId, QStringLiteral("ait-mainnet"));
    QCOMPARE(g->allocations.size(), 3);
    QCOMPARE(g->allocations[0].balance, 1000000000);
    QCOMPARE(g->authorities.value(0),
             QStringLiteral("ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9"));
    // The genesis block_metadata the real node stored, byte for byte (Python json.dumps defaults).
    QCOMPARE(
        json::dump(protocol::allocationsMetadata(g->allocations), {json::Separators::Spaced, false, true}),
        QByteArray(
            R"({"allocations": [{"address": "ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9", "balance": 1000000000, "nonce": 0}, {"address": "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay", "balance": 1000000, "nonce": 0}, {"address": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "balance": 0, "nonce": 0}]})"));
    QVERIFY(!protocol::parseGenesis("{"));
    const auto badBalance = protocol::parseGenesis(R"({"allocations":[{"address":"a","balance":"x"}]})");
    QVERIFY(!badBalance);
    QVERIFY(badBalance.error().message.contains(QLatin1String("balance")));
}

QTEST_GUILESS_MAIN(TestProtocolVectors)
#include "tst_protocol_vectors.moc"
