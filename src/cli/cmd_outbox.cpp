// aitbc-agent outbox list|cancel|retry|set-fee: the operator's view of the durable outbox and the
// actions on one message. Each action is one conditional write (OutboxStore), so it is safe while a
// dashboard, a daemon or a 'message send' run is sending from the same file.
#include "cli.h"
#include "message_cli_common.h"
#include "messaging/outbox_store.h"
#include "messaging/outbox_wait.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace aitbc::cli {

namespace {

const QString kOutbox = QStringLiteral("outbox");

QString outboxPath(const Context& ctx) {
    const QString p = ctx.parser.value(kOutbox);
    return p.isEmpty() ? messagecli::dataFile(QStringLiteral("outbox.sqlite")) : p;
}

QJsonValue orNull(qint64 v) {
    return v >= 0 ? QJsonValue(v) : QJsonValue();
}

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue orNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject entryJson(const messaging::OutboxEntry& e, const messaging::OutboxWait& wait) {
    QJsonObject o;
    o[QStringLiteral("id")] = e.id;
    o[QStringLiteral("chain_id")] = e.chainId;
    o[QStringLiteral("from")] = e.sender;
    o[QStringLiteral("to")] = e.recipient;
    o[QStringLiteral("text")] = e.text;
    o[QStringLiteral("encrypted")] = e.encrypt;
    o[QStringLiteral("state")] = messaging::outboxDisplayState(e);
    o[QStringLiteral("reason")] = wait.text;
    o[QStringLiteral("reason_code")] = messaging::outboxWaitCode(wait.kind);
    o[QStringLiteral("fee")] = orNull(e.fee); // null: the sending process's fee
    o[QStringLiteral("nonce")] = orNull(e.nonce);
    o[QStringLiteral("tx_hash")] = orNull(e.txHash);
    o[QStringLiteral("block_height")] =
        e.state == messaging::OutboxState::Confirmed ? QJsonValue(e.blockHeight) : QJsonValue();
    o[QStringLiteral("attempts")] = e.attempts;
    o[QStringLiteral("in_reply_to")] = orNull(e.inReplyTo);
    o[QStringLiteral("created_at")] = orNull(e.createdAt);
    o[QStringLiteral("confirmed_at")] = orNull(e.confirmedAt);
    return o;
}

bool openStore(Context& ctx, messaging::OutboxStore& store, int* exitCode) {
    if (const auto opened = store.open(); !opened) {
        *exitCode = ctx.fail(opened.error().message);
        return false;
    }
    return true;
}

messaging::OutboxWait waitOf(const messaging::OutboxStore& store, const messaging::OutboxEntry& e,
                             const QList<messaging::OutboxEntry>& all) {
    const bool active = !store.senderLeaseOwner(e.chainId, e.sender).isEmpty();
    return messaging::outboxWait(e, all, active);
}

int runList(Context& ctx) {
    if (!ctx.parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("'outbox list' takes no arguments"), 2);
    messaging::OutboxStore store(outboxPath(ctx));
    int code = 0;
    if (!openStore(ctx, store, &code))
        return code;
    bool ok = false;
    const QList<messaging::OutboxEntry> entries = store.entries({}, &ok);
    if (!ok)
        return ctx.fail(QStringLiteral("cannot read the outbox %1: %2").arg(store.path(), store.lastError()));
    // One lease lookup per sender, not per message.
    QHash<QString, bool> active;
    for (const messaging::OutboxEntry& e : entries) {
        const QString key = e.chainId + QLatin1Char('\n') + e.sender;
        if (!active.contains(key))
            active.insert(key, !store.senderLeaseOwner(e.chainId, e.sender).isEmpty());
    }
    auto wait = [&](const messaging::OutboxEntry& e) {
        return messaging::outboxWait(e, entries, active.value(e.chainId + QLatin1Char('\n') + e.sender));
    };
    if (ctx.json) {
        QJsonArray list;
        for (const messaging::OutboxEntry& e : entries)
            list.append(entryJson(e, wait(e)));
        QJsonObject o;
        o[QStringLiteral("outbox")] = store.path();
        o[QStringLiteral("entries")] = list;
        ctx.printJson(o);
        return 0;
    }
    for (const messaging::OutboxEntry& e : entries) {
        const messaging::OutboxWait w = wait(e);
        ctx.print(QStringLiteral("#%1 %2 -> %3  %4%5%6%7")
                      .arg(e.id)
                      .arg(e.sender, e.recipient, messaging::outboxDisplayState(e),
                           e.encrypt ? QStringLiteral(" encrypted") : QString(),
                           e.fee >= 0 ? QStringLiteral(" fee %1").arg(e.fee) : QString(),
                           w.text.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(w.text)));
    }
    if (entries.isEmpty())
        ctx.print(QStringLiteral("the outbox %1 is empty").arg(store.path()));
    return 0;
}

/// The message id of an action, or -1 after reporting a usage error.
qint64 idArgument(Context& ctx, int expectedArgs, const QString& usage, int* exitCode) {
    const QStringList pos = ctx.parser.positionalArguments();
    if (pos.size() != expectedArgs) {
        *exitCode = ctx.fail(QStringLiteral("usage: %1").arg(usage), 2);
        return -1;
    }
    bool ok = false;
    const qint64 id = pos.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode =
            ctx.fail(QStringLiteral("'%1' is not a message id (a positive integer from 'outbox list')")
                         .arg(pos.first()),
                     2);
        return -1;
    }
    return id;
}

int runAction(Context& ctx, const QString& verb) {
    const bool setFee = verb == QLatin1String("set-fee");
    int code = 0;
    const qint64 id = idArgument(ctx, setFee ? 2 : 1,
                                 setFee ? QStringLiteral("aitbc-agent outbox set-fee ID FEE")
                                        : QStringLiteral("aitbc-agent outbox %1 ID").arg(verb),
                                 &code);
    if (id < 0)
        return code;
    qint64 fee = -1;
    if (setFee) {
        bool ok = false;
        fee = ctx.parser.positionalArguments().at(1).toLongLong(&ok);
        if (!ok || fee < 0)
            return ctx.fail(QStringLiteral("FEE must be a non-negative integer"), 2);
    }
    messaging::OutboxStore store(outboxPath(ctx));
    if (!openStore(ctx, store, &code))
        return code;
    messaging::OutboxEntry after;
    messaging::OutboxStore::WriteResult r;
    if (setFee)
        r = store.setQueuedFee(id, fee, &after);
    else if (verb == QLatin1String("cancel"))
        r = store.cancelQueued(id, &after);
    else
        r = store.retryFailed(id, &after);
    if (r != messaging::OutboxStore::WriteResult::Written)
        return ctx.fail(store.lastError());
    if (ctx.json) {
        ctx.printJson(entryJson(after, waitOf(store, after, store.entries())));
        return 0;
    }
    if (setFee)
        ctx.print(QStringLiteral("message %1 will be signed with fee %2").arg(id).arg(fee));
    else if (verb == QLatin1String("cancel"))
        ctx.print(QStringLiteral("message %1 cancelled; it will not be sent").arg(id));
    else
        ctx.print(QStringLiteral("message %1 queued again; the next process sending for %2 signs it afresh")
                      .arg(id)
                      .arg(after.sender));
    return 0;
}

void addOutboxOption(QCommandLineParser& p) {
    p.addOption({kOutbox,
                 QStringLiteral("The outbox file (default: %1), shared with 'message send', the daemon and "
                                "the dashboard.")
                     .arg(messagecli::dataFile(QStringLiteral("outbox.sqlite"))),
                 QStringLiteral("FILE")});
}

} // namespace

const Command kOutboxListCommand({{QStringLiteral("outbox"), QStringLiteral("list")},
                                  QStringLiteral("List every outgoing message, its state and why it waits."),
                                  [](QCommandLineParser& p) { addOutboxOption(p); },
                                  runList});

const Command
    kOutboxCancelCommand({{QStringLiteral("outbox"), QStringLiteral("cancel")},
                          QStringLiteral("Cancel a queued message (not yet signed) so it is never sent."),
                          [](QCommandLineParser& p) {
                              addOutboxOption(p);
                              p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Message id."));
                          },
                          [](Context& ctx) { return runAction(ctx, QStringLiteral("cancel")); }});

const Command
    kOutboxRetryCommand({{QStringLiteral("outbox"), QStringLiteral("retry")},
                         QStringLiteral("Queue a failed (or cancelled) message again; it is signed afresh."),
                         [](QCommandLineParser& p) {
                             addOutboxOption(p);
                             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Message id."));
                         },
                         [](Context& ctx) { return runAction(ctx, QStringLiteral("retry")); }});

const Command kOutboxSetFeeCommand({{QStringLiteral("outbox"), QStringLiteral("set-fee")},
                                    QStringLiteral("Change the fee of a queued message (not yet signed)."),
                                    [](QCommandLineParser& p) {
                                        addOutboxOption(p);
                                        p.addPositionalArgument(QStringLiteral("ID"),
                                                                QStringLiteral("Message id."));
                                        p.addPositionalArgument(QStringLiteral("FEE"),
                                                                QStringLiteral("New fee (>= 0)."));
                                    },
                                    [](Context& ctx) { return runAction(ctx, QStringLiteral("set-fee")); }});

QList<Command> outboxCommands() {
    return {kOutboxListCommand, kOutboxCancelCommand, kOutboxRetryCommand, kOutboxSetFeeCommand};
}

} // namespace aitbc::cli
