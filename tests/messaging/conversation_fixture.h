#pragma once
// Conversations built from chain messages for the tests of the conversation book and its item models:
// three deterministic keys, one chain, and messages signed as the CLI signs them (or unsigned).

#include "test_keys.h"

#include "chain/types.h"
#include "messaging/envelope.h"
#include "protocol/ref_request.h"
#include "json/value.h"

#include <QDateTime>

namespace aitbc::test {

struct ConversationFixture {
    test::TestKey me = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');
    const QString chainId = QStringLiteral("ait-devnet");
    const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);

    chain::ChainMessage signedMessage(const test::TestKey& from, const QString& to, const QString& text,
                                      qint64 nonce, qint64 height, const QString& hash,
                                      const QString& inReplyTo = {}) {
        messaging::OutgoingMessage m;
        m.chainId = chainId;
        m.from = from.address;
        m.to = to;
        m.text = text;
        m.nonce = nonce;
        m.inReplyTo = inReplyTo;
        const auto body = messaging::buildMessageTransaction(m, *from.key).body;
        QList<protocol::ValidationError> errors;
        chain::ChainMessage c;
        c.payload = protocol::parseRefRequest(body, &errors)->payload;
        c.txHash = hash;
        c.blockHeight = height;
        c.sender = from.address;
        c.recipient = to;
        c.text = text;
        c.direction = from.address == me.address ? chain::ChainMessage::Direction::Outgoing
                                                 : chain::ChainMessage::Direction::Incoming;
        c.timestamp = t0.addSecs(height);
        return c;
    }

    chain::ChainMessage plainMessage(const QString& from, const QString& to, const QString& text,
                                     qint64 height, const QString& hash) {
        chain::ChainMessage c;
        json::Value p = json::Value::object();
        p.insert(QStringLiteral("message"), text);
        c.payload = p;
        c.txHash = hash;
        c.blockHeight = height;
        c.sender = from;
        c.recipient = to;
        c.text = text;
        c.direction = from == me.address ? chain::ChainMessage::Direction::Outgoing
                                         : chain::ChainMessage::Direction::Incoming;
        c.timestamp = t0.addSecs(height);
        return c;
    }

    /// `count` unsigned messages from bob to me, one a block from `firstHeight` on.
    QList<chain::ChainMessage> history(int count, int firstHeight = 1) {
        QList<chain::ChainMessage> msgs;
        for (int i = 0; i < count; ++i)
            msgs.append(plainMessage(bob.address, me.address,
                                     QStringLiteral("message %1").arg(firstHeight + i), firstHeight + i,
                                     QStringLiteral("0x%1").arg(firstHeight + i, 6, 16, QLatin1Char('0'))));
        return msgs;
    }
};

} // namespace aitbc::test
