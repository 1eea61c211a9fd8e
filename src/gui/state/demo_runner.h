#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QThread;

namespace aitbc::gui {

class AppContext;

/// One demo wallet as the dashboard needs it.
struct DemoWallet {
    QString name;
    QString address;
    QString keystorePath;
    QString passwordFile;
};

/// What the embedded devnet offers once it runs.
struct DemoNetwork {
    QUrl leaderUrl;
    QUrl followerUrl;
    QString chainId;
    QString keystoreFolder;
    QList<DemoWallet> wallets;
    QString pingerAddress; ///< the demo agent that pings (bob): its threads show the traffic best
};

/// `aitbc-dashboard --demo`: runs demo::Demo (a leader and a follower on 127.0.0.1, funded demo
/// keystores with known passwords) in-process on its own thread, so its setup (keystore writing,
/// node start) never blocks the GUI. When it is up, `connectTo(context)` adds the profiles
/// "Leader (demo)" and "Follower (demo)", the demo keystore folder (all transient: not saved), and
/// unlocks the demo wallets with their password files so balances and messages are visible at once.
/// The demo runs its traffic (demo::DemoTraffic: bob pings carol, carol answers, bob chats with alice)
/// so messages flow, and the REF follower falls behind on transactions, without the user doing anything.
class DemoRunner : public QObject {
    Q_OBJECT
public:
    explicit DemoRunner(QObject* parent = nullptr);
    ~DemoRunner() override;

    /// Starts the demo in `dataDir` (created when missing). `started` or `failed` follows.
    void start(const QString& dataDir);
    bool isRunning() const { return m_running; }
    /// Replies of the demo responder that reached a block so far (the traffic is flowing once > 0).
    int repliesConfirmed() const { return m_replies; }
    /// Milliseconds since the last confirmed reply (-1 before the first).
    qint64 msSinceLastReply() const { return m_replies > 0 ? m_lastReply.elapsed() : -1; }
    const DemoNetwork& network() const { return m_network; }

    /// Adds the demo nodes and wallets to `context` and unlocks the demo wallets.
    void connectTo(AppContext* context);

signals:
    void started();
    void failed(const QString& error);
    /// The demo responder's reply to a ping is in a block: messages are flowing.
    void replyConfirmed();

private:
    QThread* m_thread = nullptr;
    QObject* m_demo =
        nullptr; ///< demo::Demo, living on m_thread (kept opaque: the demo is a private dependency)
    DemoNetwork m_network;
    bool m_running = false;
    int m_replies = 0;
    QElapsedTimer m_lastReply;
};

} // namespace aitbc::gui
