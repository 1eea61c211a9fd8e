// The one authorship rule for chain readers: the signed nonce against the transaction's own nonce (as each
// kind of stored row gives it), the first use of a (sender, sig_nonce), and the cache of signature checks.
#include "test_keys.h"

#include "messaging/authorship_ledger.h"
#include "messaging/envelope.h"
#include "protocol/ref_request.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;

class TestAuthorshipLedger : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    const QString chainId = QStringLiteral("ait-devnet");

    /// Alice's signed message to Bob, stored as a REF proposer row (the inner payload; the row's nonce
    /// column `storedNonce`).
    chain::ChainMessage signedRow(qint64 signedNonce, const QString& hash, qint64 height,
                                  std::optional<qint64> storedNonce) {
        OutgoingMessage m;
        m.chainId = chainId;
        m.from = alice.address;
        m.to = bob.address;
        m.text = QStringLiteral("pay 5");
        m.nonce = signedNonce;
        const auto body = buildMessageTransaction(m, *alice.key).body;
        QList<protocol::ValidationError> errors;
        chain::ChainMessage c;
        c.payload = protocol::parseRefRequest(body, &errors)->payload;
        c.txHash = hash;
        c.blockHeight = height;
        c.sender = alice.address;
        c.recipient = bob.address;
        c.text = m.text;
        c.storedNonce = storedNonce;
        return c;
    }

    /// The same message as a REF follower stores it: the whole normalized transaction, with its nonce.
    chain::ChainMessage followerRow(qint64 signedNonce, qint64 txNonce, const QString& hash, qint64 height) {
        chain::ChainMessage c = signedRow(signedNonce, hash, height, qint64(0)); // followers store 0
        json::Value whole = json::Value::object();
        whole.insert(QStringLiteral("from"), alice.address);
        whole.insert(QStringLiteral("to"), bob.address);
        whole.insert(QStringLiteral("nonce"), txNonce);
        whole.insert(QStringLiteral("payload"), c.payload);
        c.payload = whole;
        return c;
    }

private slots:
    void nonceOfEachRowKind() {
        AuthorshipLedger ledger(chainId);
        // REF proposer: column = nonce - 1. HEAD / fixed: column = nonce. Both admit the signed nonce 4.
        QCOMPARE(ledger.check({signedRow(4, QStringLiteral("0x1"), 1, qint64(3))}).first().status,
                 Authorship::Verified);
        QCOMPARE(ledger.check({signedRow(4, QStringLiteral("0x2"), 1, qint64(4))}).first().status,
                 Authorship::Verified);
        // A copy carried by a later transaction of the sender (nonce 7): not the nonce it was signed for.
        QCOMPARE(ledger.check({signedRow(4, QStringLiteral("0x3"), 1, qint64(6))}).first().status,
                 Authorship::NonceMismatch);
        // Follower rows: the normalized transaction's own nonce decides, exactly.
        QCOMPARE(ledger.check({followerRow(4, 4, QStringLiteral("0x4"), 1)}).first().status,
                 Authorship::Verified);
        QCOMPARE(ledger.check({followerRow(4, 5, QStringLiteral("0x5"), 1)}).first().status,
                 Authorship::NonceMismatch);
        // No row nonce at all (/rpc/blocks/{h} items): only the first-use rule applies.
        QCOMPARE(ledger.check({signedRow(4, QStringLiteral("0x6"), 1, std::nullopt)}).first().status,
                 Authorship::Verified);
    }

    void secondUseIsAReplay() {
        AuthorshipLedger ledger(chainId);
        // The copy passes the nonce rule (REF column of nonce 5 = 4, the "HEAD" reading), but the
        // (sender, sig_nonce) was used before.
        const QList<chain::ChainMessage> list{signedRow(4, QStringLiteral("0x1"), 1, qint64(3)),
                                              signedRow(4, QStringLiteral("0x2"), 2, qint64(4))};
        const auto checks = ledger.check(list);
        QCOMPARE(checks[0].status, Authorship::Verified);
        QCOMPARE(checks[1].status, Authorship::Replayed);
        QVERIFY(!checks[1].verified());
        // Checking again (a poll) gives the same verdicts from the cache.
        const auto again = ledger.check(list);
        QCOMPARE(again[0].status, Authorship::Verified);
        QCOMPARE(again[1].status, Authorship::Replayed);
    }

    void cacheDoesNotTrustAChangedRow() {
        AuthorshipLedger ledger(chainId);
        chain::ChainMessage m = signedRow(4, QStringLiteral("0x1"), 1, qint64(3));
        QCOMPARE(ledger.check({m}).first().status, Authorship::Verified);
        // The same hash with another text (a hostile node): checked again, not taken from the cache.
        m.text = QStringLiteral("pay 500");
        QCOMPARE(ledger.check({m}).first().status, Authorship::BadSignature);
    }

    void summaries() {
        QCOMPARE(authorshipSummary(Authorship::Verified), QStringLiteral("verified"));
        QCOMPARE(authorshipSummary(Authorship::Unsigned), QStringLiteral("unsigned"));
        QCOMPARE(authorshipSummary(Authorship::NonceMismatch), QStringLiteral("forged (nonce-mismatch)"));
        QCOMPARE(authorshipSummary(Authorship::BadSignature), QStringLiteral("forged (bad-signature)"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorshipLedger)
#include "tst_authorship_ledger.moc"
