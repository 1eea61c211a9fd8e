// The responder's decision logic: rules, start height, "never twice" across restarts, rate limit.
#include "messaging/responder_rules.h"
#include "test_result.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;
using Kind = ResponderDecision::Kind;

namespace {
const QString kMe = QStringLiteral("ait1me");
const QString kPeer = QStringLiteral("ait1peer");

chain::ChainMessage incoming(const QString& hash, qint64 height, const QString& text) {
    chain::ChainMessage m;
    m.txHash = hash;
    m.blockHeight = height;
    m.sender = kPeer;
    m.recipient = kMe;
    m.text = text;
    m.direction = chain::ChainMessage::Direction::Incoming;
    return m;
}

ResponderRule rule(ResponderRule::Match match, const QString& trigger, bool caseSensitive = true) {
    ResponderRule r;
    r.match = match;
    r.trigger = trigger;
    r.reply = QStringLiteral("pong");
    r.caseSensitive = caseSensitive;
    return r;
}
} // namespace

class TestResponderRules : public QObject {
    Q_OBJECT
    const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);

private slots:
    void matching_data() {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        const int exact = int(ResponderRule::Match::Exact);
        const int prefix = int(ResponderRule::Match::Prefix);
        const int regex = int(ResponderRule::Match::Regex);
        QTest::newRow("exact") << exact << "ping" << true << "ping" << true;
        QTest::newRow("exact trims") << exact << "ping" << true << " ping\n" << true;
        // The guide's daemon matched substrings: "shipping" answered (§10.23). Not here.
        QTest::newRow("exact not substring") << exact << "ping" << true << "shipping" << false;
        QTest::newRow("exact case") << exact << "ping" << true << "PING" << false;
        QTest::newRow("exact ignore case") << exact << "ping" << false << "PING" << true;
        QTest::newRow("prefix") << prefix << "ping" << true << "ping 42" << true;
        QTest::newRow("prefix not inside") << prefix << "ping" << true << "a ping" << false;
        QTest::newRow("prefix ignore case") << prefix << "ping" << false << "Ping!" << true;
        QTest::newRow("regex") << regex << "^ping( \\d+)?$" << true << "ping 7" << true;
        QTest::newRow("regex no") << regex << "^ping( \\d+)?$" << true << "ping x" << false;
        QTest::newRow("regex ignore case") << regex << "^status" << false << "STATUS now" << true;
        QTest::newRow("regex search") << regex << "ping" << true << "shipping" << true;
    }
    void matching() {
        QFETCH(int, match);
        QFETCH(QString, trigger);
        QFETCH(bool, caseSensitive);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const ResponderRule r = rule(ResponderRule::Match(match), trigger, caseSensitive);
        QVERIFY(r.problem().isEmpty());
        QCOMPARE(r.matches(text), expected);
    }

    void badRulesAreReported() {
        QVERIFY(!rule(ResponderRule::Match::Regex, QStringLiteral("(unclosed")).problem().isEmpty());
        QVERIFY(!rule(ResponderRule::Match::Exact, QString()).problem().isEmpty());
        QCOMPARE(matchFromName(QStringLiteral("prefix")), ResponderRule::Match::Prefix);
        QVERIFY(!matchFromName(QStringLiteral("substring")));
    }

    void decisions() {
        ResponderState state;
        state.address = kMe;
        state.startHeight = 10;
        ResponderConfig config;
        ResponderEngine engine(config, &state);
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x1"), 11, QStringLiteral("ping")), t0).kind,
                 Kind::Reply);
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x1"), 11, QStringLiteral("ping")), t0).reply,
                 QStringLiteral("pong"));
        // Old history: at or below the start height.
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x2"), 10, QStringLiteral("ping")), t0).kind,
                 Kind::Ignore);
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x3"), 12, QStringLiteral("hello")), t0).kind,
                 Kind::Ignore);
        // Own messages are never answered (no ping-pong loop between two responders on one wallet).
        chain::ChainMessage own = incoming(QStringLiteral("0x4"), 12, QStringLiteral("ping"));
        own.sender = kMe;
        own.direction = chain::ChainMessage::Direction::Outgoing;
        QCOMPARE(engine.consider(own, t0).kind, Kind::Ignore);
        // Not in a block yet.
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x5"), -1, QStringLiteral("ping")), t0).kind,
                 Kind::Ignore);
        engine.record(QStringLiteral("0x1"), Kind::Reply, t0);
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x1"), 11, QStringLiteral("ping")), t0).kind,
                 Kind::Ignore);
    }

    void rateLimit() {
        ResponderState state;
        state.address = kMe;
        state.startHeight = 0;
        ResponderConfig config;
        config.maxReplies = 2;
        config.windowSeconds = 60;
        ResponderEngine engine(config, &state);
        int replies = 0, limited = 0;
        for (int i = 0; i < 5; ++i) {
            const QString hash = QStringLiteral("0x%1").arg(i);
            const auto d = engine.consider(incoming(hash, 1 + i, QStringLiteral("ping")), t0.addSecs(i));
            engine.record(hash, d.kind, t0.addSecs(i));
            replies += d.kind == Kind::Reply;
            limited += d.kind == Kind::RateLimited;
        }
        QCOMPARE(replies, 2);
        QCOMPARE(limited, 3);
        QCOMPARE(state.handled.value(QStringLiteral("0x4")), QStringLiteral("rate-limited"));
        // A rate-limited message is never answered later either.
        QCOMPARE(engine.consider(incoming(QStringLiteral("0x4"), 5, QStringLiteral("ping")), t0.addSecs(3600))
                     .kind,
                 Kind::Ignore);
        // After the window, new messages are answered again.
        QCOMPARE(
            engine.consider(incoming(QStringLiteral("0x9"), 9, QStringLiteral("ping")), t0.addSecs(61)).kind,
            Kind::Reply);
    }

    void stateSurvivesRestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        {
            Result<ResponderState> loadedFresh = ResponderState::load(path); // missing file: fresh state
            QVERIFY(aitbc::test::succeeded(loadedFresh));
            ResponderState fresh = loadedFresh.value();
            QCOMPARE(fresh.startHeight, -1);
            fresh.address = kMe;
            fresh.startHeight = 42;
            ResponderEngine engine(ResponderConfig{}, &fresh);
            engine.record(QStringLiteral("0xabc"), Kind::Reply, t0);
            fresh.acknowledged.insert(QStringLiteral("0xacked"));
            QVERIFY(aitbc::test::succeeded(fresh.save(path)));
            QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }
        Result<ResponderState> read = ResponderState::load(path);
        QVERIFY(aitbc::test::succeeded(read));
        ResponderState& loaded = read.value();
        QCOMPARE(loaded.address, kMe);
        QCOMPARE(loaded.startHeight, 42);
        // Written to the outbox, not yet on chain: not answered until its reply is mined.
        QCOMPARE(loaded.handled.value(QStringLiteral("0xabc")), QStringLiteral("replying"));
        QVERIFY(loaded.pending.contains(QStringLiteral("0xabc")));
        QVERIFY(!loaded.isAnswered(QStringLiteral("0xabc")));
        QCOMPARE(loaded.replies.size(), 1);
        // What was acknowledged is never acknowledged again after a restart.
        QCOMPARE(loaded.acknowledged, QSet<QString>{QStringLiteral("0xacked")});
        ResponderEngine engine(ResponderConfig{}, &loaded);
        QCOMPARE(engine.consider(incoming(QStringLiteral("0xabc"), 43, QStringLiteral("ping")), t0).kind,
                 Kind::Ignore);
    }

    void whoIsAnswered() {
        ResponderState state;
        state.address = kMe;
        state.startHeight = 0;
        ResponderConfig config;
        ResponderEngine engine(config, &state);
        const auto ping = incoming(QStringLiteral("0x1"), 1, QStringLiteral("ping"));
        MessageFacts facts;
        facts.authorship = Authorship::Unsigned;
        QCOMPARE(engine.consider(ping, facts, t0).kind, Kind::Reply);
        // A reply is never answered, even when its text is a trigger.
        facts.isReply = true;
        QCOMPARE(engine.consider(ping, facts, t0).kind, Kind::Refused);
        facts.isReply = false;
        // A failing signature is never answered, whatever the settings.
        for (Authorship a : {Authorship::BadSignature, Authorship::Replayed, Authorship::NonceMismatch,
                             Authorship::KeyNotSender, Authorship::Malformed}) {
            facts.authorship = a;
            const auto d = engine.consider(ping, facts, t0);
            QCOMPARE(d.kind, Kind::Refused);
            QVERIFY(d.reason.contains(authorshipName(a)));
        }
        // Verified only.
        config.verifiedOnly = true;
        ResponderEngine strict(config, &state);
        facts.authorship = Authorship::Unsigned;
        QCOMPARE(strict.consider(ping, facts, t0).kind, Kind::Refused);
        facts.authorship = Authorship::Verified;
        QCOMPARE(strict.consider(ping, facts, t0).kind, Kind::Reply);
        // Allow-list.
        config.allow = {QStringLiteral("ait1friend")};
        ResponderEngine listed(config, &state);
        QCOMPARE(listed.consider(ping, facts, t0).kind, Kind::Refused);
        chain::ChainMessage fromFriend = ping;
        fromFriend.sender = QStringLiteral("ait1friend");
        QCOMPARE(listed.consider(fromFriend, facts, t0).kind, Kind::Reply);
    }

    void perSenderLimitAndFeeBudget() {
        ResponderState state;
        state.address = kMe;
        state.startHeight = 0;
        ResponderConfig config;
        config.maxReplies = 100;
        config.maxRepliesPerSender = 2;
        config.maxFeePerDay = 30;
        ResponderEngine engine(config, &state);
        MessageFacts facts;
        facts.fee = 10;
        int replies = 0;
        for (int i = 0; i < 3; ++i) {
            const QString hash = QStringLiteral("0xa%1").arg(i);
            const auto d =
                engine.consider(incoming(hash, 1 + i, QStringLiteral("ping")), facts, t0.addSecs(i));
            engine.record(hash, d.kind, t0.addSecs(i), kPeer, facts.fee);
            replies += d.kind == Kind::Reply;
        }
        QCOMPARE(replies, 2); // the per-sender limit
        QCOMPARE(state.handled.value(QStringLiteral("0xa2")), QStringLiteral("rate-limited"));
        chain::ChainMessage other = incoming(QStringLiteral("0xb1"), 9, QStringLiteral("ping"));
        other.sender = QStringLiteral("ait1other");
        QCOMPARE(engine.consider(other, facts, t0.addSecs(5)).kind, Kind::Reply);
        engine.record(other.txHash, Kind::Reply, t0.addSecs(5), other.sender, facts.fee);
        QCOMPARE(engine.feesInDay(t0.addSecs(6)), 30);
        // The budget of 30 is spent: a fourth reply would exceed it, for any sender, until a day passed.
        other.txHash = QStringLiteral("0xb2");
        const auto d = engine.consider(other, facts, t0.addSecs(120));
        QCOMPARE(d.kind, Kind::OverBudget);
        QVERIFY2(d.reason.contains(QStringLiteral("fee budget exhausted: 30 of 30")), qPrintable(d.reason));
        QCOMPARE(engine.consider(other, facts, t0.addSecs(24 * 3600 + 10)).kind, Kind::Reply);
        // Retries back off, doubling up to the maximum.
        config.retryBaseSeconds = 5;
        config.retryMaxSeconds = 30;
        ResponderEngine backoff(config, &state);
        QCOMPARE(backoff.retryDelaySeconds(1), 5);
        QCOMPARE(backoff.retryDelaySeconds(2), 10);
        QCOMPARE(backoff.retryDelaySeconds(3), 20);
        QCOMPARE(backoff.retryDelaySeconds(4), 30);
        QCOMPARE(backoff.retryDelaySeconds(40), 30);
    }

    void answeredOnlyWhenMarked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        ResponderState state;
        state.address = kMe;
        ResponderEngine engine(ResponderConfig{}, &state);
        engine.record(QStringLiteral("0x1"), Kind::Reply, t0, kPeer, 10);
        state.pending[QStringLiteral("0x1")].retries = 2;
        state.pending[QStringLiteral("0x1")].retryAt = t0.addSecs(40);
        QVERIFY(!state.isAnswered(QStringLiteral("0x1")));
        QVERIFY(aitbc::test::succeeded(state.save(path)));
        Result<ResponderState> read = ResponderState::load(path);
        QVERIFY(aitbc::test::succeeded(read));
        ResponderState loaded = read.value();
        QCOMPARE(loaded.pending.value(QStringLiteral("0x1")).retries, 2);
        QCOMPARE(loaded.pending.value(QStringLiteral("0x1")).retryAt, t0.addSecs(40));
        QCOMPARE(loaded.replies.first().sender, kPeer);
        QCOMPARE(loaded.replies.first().fee, 10);
        ResponderEngine reloaded(ResponderConfig{}, &loaded);
        reloaded.markAnswered(QStringLiteral("0x1"));
        QVERIFY(loaded.isAnswered(QStringLiteral("0x1")));
        QVERIFY(loaded.pending.isEmpty());
    }

    void corruptStateRefuses() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"handled\": ");
        f.close();
        const Result<ResponderState> s = ResponderState::load(path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("corrupt")));
    }
};

QTEST_GUILESS_MAIN(TestResponderRules)
#include "tst_responder_rules.moc"
