#pragma once
// Puts transactions on a devnet leader: transfers from the real chain's genesis account (its key is in
// tests/data/real-chain/keys.json), one per block since REF allows one pending nonce per sender (§10.10).

#include "chain/node.h"
#include "crypto/ed25519.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_support.h"
#include "testdata.h"
#include "tx/transaction.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace aitbc::test {

template <typename T> T waitNode(QFuture<T> f) {
    QFutureWatcher<T> w;
    QSignalSpy spy(&w, &QFutureWatcherBase::finished);
    w.setFuture(f);
    if (!f.isFinished() && !spy.wait(20'000) && !f.isFinished())
        qFatal("node call timed out");
    return f.result();
}

/// Submits `count` transfers through `rpc` and waits for each to be mined on `leader`. Returns false
/// (with a QWARN) when the node refused one.
inline bool submitTransfers(chain::Node* rpc, devnet::DevnetNode& leader, int count) {
    const QJsonObject keys =
        QJsonDocument::fromJson(readTestData(QStringLiteral("real-chain/keys.json"))).object();
    const QJsonObject sender = keys.value(QStringLiteral("aitbc1genesis")).toObject();
    const QString to =
        keys.value(QStringLiteral("alice")).toObject().value(QStringLiteral("address")).toString();
    auto key = crypto::Ed25519Key::fromSeed(
        QByteArray::fromHex(sender.value(QStringLiteral("private_key_hex")).toString().toLatin1()));
    if (!key.ok())
        return false;
    const QString from = sender.value(QStringLiteral("address")).toString();
    for (int i = 0; i < count; ++i) {
        const auto account = waitNode(rpc->account(from));
        if (!account.ok()) {
            qWarning("account: %s", qPrintable(account.error().message));
            return false;
        }
        tx::RefTransfer t;
        t.from = from;
        t.to = to;
        t.nonce = account->nonce;
        t.amount = qint64(1);
        t.message = QStringLiteral("sync test %1").arg(i);
        const qint64 before = leader.height();
        const auto submitted = waitNode(rpc->submit(tx::sign(tx::refSignedObject(t), key.value()).body));
        if (!submitted.ok()) {
            qWarning("submit: %s", qPrintable(submitted.error().message));
            return false;
        }
        if (!QTest::qWaitFor([&]() { return leader.height() > before; }, 20'000))
            return false;
    }
    return true;
}

} // namespace aitbc::test
