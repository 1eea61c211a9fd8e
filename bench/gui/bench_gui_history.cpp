// bench_gui_history: the real dashboard (AppContext + MainWindow, offscreen, in this process) on a chain
// with a long history, and the longest event-loop stall while the user works with it.
//
// The chain: `aitbc-devnet generate`'s generator writes the background traffic (--txs minus --messages
// transactions among 200 addresses), then one conversation of --messages messages between the bench's
// wallet (a keystore in the wallet folder) and one counterpart is appended, two messages per block (REF
// allows one transaction per sender per block), so the conversation is the wallet's most recent one.
//
// Measured, each from its start until its result is on screen, with a 2 ms QTimer on the GUI thread
// recording the longest gap between its ticks (a stall):
//   open        the Messages pane shown until the conversation view holds the newest message;
//   scroll      the conversation view scrolled to its top (again while the model fetches more rows);
//   search      "needle" typed key by key into searchEdit until the view shows only the matches, then
//               the field cleared;
//   new_blocks  100 blocks, each with one message to the wallet, appended to chain.db by a writer on
//               another thread (a node), until the last one is shown.
// Before the window is built, an idle event loop is watched for one second (idle_stall_ms): the
// scheduling noise of the machine, below which a phase's stall says nothing.
// Usage: bench_gui_history [--txs N] [--messages M] [--new-blocks K] [--json]
// Defaults are CI-sized (20 000 / 2 000); the README figure uses --txs 1000000 --messages 100000.
// Nothing here asserts a speed; a phase that never finishes within its hang guard is reported as -1.
#include "devnet/chain_generator.h"
#include "keystore/keystore.h"
#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

using namespace aitbc;

namespace {

const QString kChain = QStringLiteral("ait-mainnet");
constexpr int kPhaseLimitMs = 120000; // a hang guard, not a measure
constexpr int kNeedleEvery = 1000;    // one message in this many contains the search word

/// Ticks every 2 ms on the GUI thread and keeps the longest gap between two ticks since reset().
class Heartbeat : public QObject {
public:
    Heartbeat() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_clock.start();
        reset();
        m_timer.start();
    }
    void reset() {
        m_last = m_clock.nsecsElapsed();
        m_longestNs = 0;
    }
    /// The longest gap so far, including the one still open now.
    double longestMs() {
        tick();
        return double(m_longestNs) / 1e6;
    }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
};

QString hashHex(const QByteArray& data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString messageText(qint64 i) {
    static const char* const words[] = {"ping", "status", "report", "hello", "job", "done", "gpu", "sync"};
    QString text = QStringLiteral("%1 %2 of the long conversation").arg(QLatin1String(words[i % 8])).arg(i);
    if (i % kNeedleEvery == 0)
        text += QStringLiteral(" needle");
    return text;
}

/// Appends blocks of conversation messages to chain.db, like a node would (own connection, WAL).
class ChainWriter {
public:
    explicit ChainWriter(const QString& path, const QString& name)
        : m_name(name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("SELECT height, hash FROM block WHERE chain_id = 'ait-mainnet' ORDER BY height "
                              "DESC LIMIT 1"));
        if (!q.next())
            qFatal("no blocks in %s", qPrintable(path));
        m_height = q.value(0).toLongLong();
        m_parent = q.value(1).toString();
    }
    ~ChainWriter() { QSqlDatabase::removeDatabase(m_name); }
    ChainWriter(const ChainWriter&) = delete;
    ChainWriter& operator=(const ChainWriter&) = delete;

    struct Message {
        QString from, to, text;
    };
    /// One block per call holding `messages` (at most one per sender), all in one SQL transaction.
    void appendBlock(const QList<Message>& messages) {
        QSqlDatabase db = QSqlDatabase::database(m_name);
        if (!m_inBatch)
            db.transaction();
        ++m_height;
        const QString time = QStringLiteral("2026-06-01 00:00:00.000000");
        const QString hash = QStringLiteral("0x") + hashHex("bench-block:" + QByteArray::number(m_height));
        QSqlQuery b(db);
        b.prepare(
            QStringLiteral("INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, "
                           "tx_count, state_root) VALUES (?, ?, ?, ?, 'bench', ?, ?, NULL)"));
        b.addBindValue(kChain);
        b.addBindValue(m_height);
        b.addBindValue(hash);
        b.addBindValue(m_parent);
        b.addBindValue(time);
        b.addBindValue(int(messages.size()));
        if (!b.exec())
            qFatal("insert block: %s", qPrintable(b.lastError().text()));
        m_parent = hash;
        QSqlQuery t(db);
        t.prepare(QStringLiteral(
            "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, payload, "
            "created_at, nonce, value, fee, type, status, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 10, "
            "'TRANSFER', 'confirmed', NULL)"));
        for (const Message& m : messages) {
            QJsonObject payload{{QStringLiteral("amount"), 0},
                                {QStringLiteral("message"), m.text},
                                {QStringLiteral("recipient"), m.to},
                                {QStringLiteral("to"), m.to},
                                {QStringLiteral("value"), 0}};
            t.addBindValue(kChain);
            const QString txHash =
                QStringLiteral("0x") + hashHex("bench-tx:" + QByteArray::number(m_height) + ':' +
                                               QByteArray::number(++m_txCount) + ':' + m.from.toLatin1());
            t.addBindValue(txHash);
            t.addBindValue(m_height);
            t.addBindValue(m.from);
            t.addBindValue(m.to);
            t.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            t.addBindValue(time);
            t.addBindValue(m_txCount);
            if (!t.exec())
                qFatal("insert tx: %s", qPrintable(t.lastError().text()));
        }
        if (!m_inBatch)
            db.commit();
    }
    void beginBatch() {
        QSqlDatabase::database(m_name).transaction();
        m_inBatch = true;
    }
    void endBatch() {
        QSqlDatabase::database(m_name).commit();
        m_inBatch = false;
    }

private:
    QString m_name;
    qint64 m_height = 0;
    QString m_parent;
    qint64 m_txCount = 0;
    bool m_inBatch = false;
};

/// Runs the event loop until `done` holds; the elapsed ms, or -1 after the hang guard.
double waitUntil(const std::function<bool()>& done, int limitMs = kPhaseLimitMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > limitMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

/// Whether any column of `row` shows text containing `needle`.
bool rowShows(const QAbstractItemModel* model, int row, const QString& needle) {
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->index(row, c).data(Qt::DisplayRole).toString().contains(needle))
            return true;
    return false;
}

bool viewShowsLast(const QAbstractItemView* view, const QString& text) {
    const QAbstractItemModel* model = view ? view->model() : nullptr;
    if (!model || model->rowCount() == 0)
        return false;
    // The newest message is the last row (or the first, in a view that lists newest first).
    return rowShows(model, model->rowCount() - 1, text) || rowShows(model, 0, text);
}

} // namespace

/// With AITBC_BENCH_TRACE set: every event-loop delivery that takes longer than 100 ms is printed with
/// the event type and the receiver (where a stall comes from, without a profiler).
class TracingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override {
        if (!m_trace || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = int(event->type());
        const QByteArray what =
            receiver ? QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8()
                     : QByteArray("(none)");
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (t.elapsed() > 100)
            std::fprintf(stderr, "trace: %lld ms in event %d to %s\n", static_cast<long long>(t.elapsed()),
                         type, what.constData());
        return handled;
    }

private:
    const bool m_trace = qEnvironmentVariableIsSet("AITBC_BENCH_TRACE");
    int m_depth = 0;
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    // The dashboard's caches (the persisted message index) and settings stay in this run's folder.
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    TracingApplication app(argc, argv);
    qint64 txs = 20000;
    qint64 messages = 2000;
    int newBlocks = 100;
    const QStringList args = app.arguments();
    const bool jsonOut = args.contains(QStringLiteral("--json"));
    FILE* const out = jsonOut ? stderr : stdout;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--txs"))
            txs = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--messages"))
            messages = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--new-blocks"))
            newBlocks = args[i + 1].toInt();
    }
    messages = std::clamp<qint64>(messages, 2, std::max<qint64>(2, txs));

    // The wallet: a keystore in the wallet folder (its address is all the bench needs; never unlocked).
    keystore::CreateOptions ko;
    ko.iterations = 1000;
    const auto keystoreBytes = keystore::createFromSeed(QByteArray(32, 'h'), "bench-history-password", ko);
    if (!keystoreBytes.ok())
        qFatal("keystore: %s", qPrintable(keystoreBytes.error().message));
    const QString wallet =
        QJsonDocument::fromJson(keystoreBytes.value()).object().value(u"address").toString();
    const QString wallets = home.filePath(QStringLiteral("wallets"));
    QDir().mkpath(wallets);
    {
        QFile f(QDir(wallets).filePath(QStringLiteral("history.json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(keystoreBytes.value()) != keystoreBytes.value().size())
            qFatal("cannot write the keystore");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString peer = QStringLiteral("ait1") + hashHex("bench-history-peer").left(40);

    const QString dbPath = home.filePath(QStringLiteral("chain.db"));
    QElapsedTimer clock;
    clock.start();
    devnet::GenerateOptions g;
    g.outPath = dbPath;
    g.transactions = txs - messages;
    g.blocks = std::max<qint64>(1, g.transactions / 100);
    g.addresses = 200;
    std::fprintf(out, "generating %lld transactions, then a conversation of %lld messages...\n",
                 static_cast<long long>(g.transactions), static_cast<long long>(messages));
    std::fflush(out);
    const auto generated = devnet::generateChain(g);
    if (!generated)
        qFatal("generate: %s", qPrintable(generated.error().message));
    {
        ChainWriter writer(dbPath, QStringLiteral("bench-conversation"));
        writer.beginBatch();
        for (qint64 i = 0; i < messages; i += 2) {
            QList<ChainWriter::Message> block{{wallet, peer, messageText(i)}};
            if (i + 1 < messages)
                block.append({peer, wallet, messageText(i + 1)});
            writer.appendBlock(block);
        }
        writer.endBatch();
    }
    std::fprintf(out, "chain written in %.1f s\n", double(clock.elapsed()) / 1000.0);

    gui::AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
    chain::NodeProfile profile;
    profile.name = QStringLiteral("history");
    profile.chainDbPath = dbPath;
    profile.chainId = kChain;
    settings.setNodeProfiles({profile});
    settings.setKeystoreSources({wallets});

    Heartbeat beat;
    QJsonObject figures;
    double maxStall = 0;
    QString worstPhase;
    const auto phase = [&](const char* name, double ms) {
        const double stall = beat.longestMs();
        figures.insert(QStringLiteral("%1_ms").arg(QLatin1String(name)), ms);
        figures.insert(QStringLiteral("%1_stall_ms").arg(QLatin1String(name)), stall);
        if (stall > maxStall) {
            maxStall = stall;
            worstPhase = QLatin1String(name);
        }
        std::fprintf(out, "%-12s %10.1f ms   longest stall %8.1f ms\n", name, ms, stall);
        std::fflush(out);
        beat.reset();
    };

    // The machine's own noise: the longest gap of an idle event loop over one second (on a loaded
    // machine the process is not scheduled for tens of milliseconds; phases below that are noise).
    beat.reset();
    waitUntil([] { return false; }, 1000);
    figures.insert(QStringLiteral("idle_stall_ms"), beat.longestMs());
    std::fprintf(out, "%-12s %10.1f ms   longest stall %8.1f ms\n", "idle", 1000.0, beat.longestMs());
    std::fflush(out);

    // Open: the window is built (not measured: no event loop runs while it is constructed), then shown
    // on the Messages pane; measured until the conversation shows its newest message, which includes
    // the first paint, reading the chain and filling the models.
    clock.restart();
    gui::AppContext context(&settings, new gui::InMemorySecretStore);
    context.loadFromSettings();
    gui::MainWindow window(&context);
    gui::addDefaultPanes(&window, &context);
    window.resize(1280, 860);
    figures.insert(QStringLiteral("window_build_ms"), double(clock.nsecsElapsed()) / 1e6);
    window.show();
    window.showPane(QStringLiteral("messages"));
    beat.reset();
    QWidget* pane = window.pane(QStringLiteral("messages"));
    if (!pane)
        qFatal("the dashboard has no Messages pane");
    // Looked up again only when the pane replaced its view (the lookup walks every child widget).
    QPointer<QAbstractItemView> view;
    const auto chatView = [pane, &view]() -> QAbstractItemView* {
        if (!view)
            view = pane->findChild<QAbstractItemView*>(QStringLiteral("chatView"));
        if (!view)
            view = pane->findChild<QAbstractItemView*>(QStringLiteral("messageTable"));
        return view;
    };
    auto* search = pane->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    if (!chatView() || !search)
        qFatal("the Messages pane has no chatView/messageTable or searchEdit");
    const QString newest = messageText(messages - 1);
    QElapsedTimer progress;
    progress.start();
    phase("open", waitUntil([&] {
              if (qEnvironmentVariableIsSet("AITBC_BENCH_TRACE") && progress.elapsed() > 2000) {
                  progress.restart();
                  const QAbstractItemModel* m = chatView()->model();
                  auto* threads = pane->findChild<QAbstractItemView*>(QStringLiteral("threadList"));
                  std::fprintf(
                      stderr, "open: %d rows, last '%s', %d conversations\n", m ? m->rowCount() : -1,
                      m && m->rowCount() > 0
                          ? qPrintable(m->index(m->rowCount() - 1, m->columnCount() - 1).data().toString())
                          : "",
                      threads && threads->model() ? threads->model()->rowCount() : -1);
              }
              return viewShowsLast(chatView(), newest);
          }));
    const int shownRows = chatView()->model()->rowCount();

    // Scroll to the top: from the bottom, in 20 jumps with the event loop running between them (each
    // paints another part of the history), then until the first message is the top row (a paged model
    // fetches on the way).
    chatView()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    waitUntil([] { return false; }, 50);
    beat.reset();
    clock.restart();
    for (int step = 1; step <= 20; ++step) {
        QScrollBar* bar = chatView()->verticalScrollBar();
        bar->setValue(bar->maximum() - (bar->maximum() - bar->minimum()) * step / 20);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const QString oldest = messageText(0);
    const double scrollWait = waitUntil([&] {
        QAbstractItemView* v = chatView();
        v->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        QAbstractItemModel* m = v->model();
        if (m->canFetchMore({}))
            return false;
        const QModelIndex top = v->indexAt(QPoint(4, 4));
        return top.isValid() && rowShows(m, top.row(), oldest);
    });
    phase("scroll", scrollWait < 0 ? -1 : double(clock.nsecsElapsed()) / 1e6);

    // Search: type the word key by key, as a user does; then clear the field.
    const int needles = int((messages + kNeedleEvery - 1) / kNeedleEvery);
    search->setFocus();
    clock.restart();
    for (const QChar c : QStringLiteral("needle")) {
        search->insert(QString(c));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    double searchMs = waitUntil([&] { return chatView()->model()->rowCount() == needles; }, 20000);
    const int matched = chatView()->model()->rowCount();
    search->clear();
    const double clearMs =
        waitUntil([&] { return chatView()->model()->rowCount() >= std::min(shownRows, 2); });
    if (searchMs >= 0 && clearMs >= 0)
        searchMs = double(clock.nsecsElapsed()) / 1e6;
    phase("search", searchMs);

    // New blocks: a node appends them (one message each to the wallet) on its own thread.
    const QString lastNew = QStringLiteral("new block message %1").arg(newBlocks);
    clock.restart();
    std::thread node([&] {
        ChainWriter writer(dbPath, QStringLiteral("bench-node"));
        for (int i = 1; i <= newBlocks; ++i) {
            writer.appendBlock({{peer, wallet, QStringLiteral("new block message %1").arg(i)}});
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    const double newBlocksMs = waitUntil([&] { return viewShowsLast(chatView(), lastNew); });
    node.join();
    phase("new_blocks", newBlocksMs);

    figures.insert(QStringLiteral("max_stall_ms"), maxStall);
    figures.insert(QStringLiteral("worst_phase"), worstPhase);
    figures.insert(QStringLiteral("transactions"), double(txs));
    figures.insert(QStringLiteral("messages"), double(messages));
    figures.insert(QStringLiteral("rows_shown_after_open"), shownRows);
    figures.insert(QStringLiteral("search_matches"), matched);
    std::fprintf(out,
                 "\n%lld transactions, a conversation of %lld messages (%d rows in the view after "
                 "opening, %d of %d matches found)\nlongest event-loop stall: %.1f ms (%s); target: none "
                 "over 50 ms: %s\n",
                 static_cast<long long>(txs), static_cast<long long>(messages), shownRows, matched, needles,
                 maxStall, qPrintable(worstPhase), maxStall <= 50 ? "met" : "NOT met");
    if (jsonOut)
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
