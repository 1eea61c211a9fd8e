#pragma once

#include "messaging/responder_rules.h"
#include "util/error.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace aitbc::chain {
class Node;
}
namespace aitbc::messaging {
class MessageSender;
class Responder;
} // namespace aitbc::messaging

class QCheckBox;

namespace aitbc::gui {

class AppSettings;
class WalletManager;

/// The dashboard's responders: at most one per unlocked wallet, each answering through the shared
/// outbox sender. A responder stops when its wallet locks (its replies would wait for a key otherwise)
/// and when the node changes. Each keeps its own log lines (display-safe, bounded).
class ResponderController : public QObject {
    Q_OBJECT
public:
    /// The responders' state files go to `stateFolder` (AppContext::dataFolder() in the dashboard).
    ResponderController(WalletManager* wallets, messaging::MessageSender* sender, QString stateFolder,
                        QObject* parent = nullptr);
    ~ResponderController() override;

    /// Moves the state files of responders started from now on.
    void setStateFolder(const QString& folder) { m_stateFolder = folder; }
    void setNode(chain::Node* node);

    /// Starts the responder of `address` with `rule` (success when it runs already). The error says why it
    /// did not start (locked wallet, bad rule, state).
    Result<void> start(const QString& address, const messaging::ResponderRule& rule);
    void stop(const QString& address);
    void stopAll();
    bool isRunning(const QString& address) const;
    /// Answer only messages whose authorship is verified (running responders restart with it).
    void setVerifiedOnly(bool verifiedOnly);
    bool verifiedOnly() const { return m_verifiedOnly; }
    /// Keeps `box`, the stored setting and this controller in step: the box shows the stored choice and
    /// a click stores it and applies it.
    void bindVerifiedOnly(QCheckBox* box, AppSettings* settings);

    /// The log of `address`'s responder, oldest first (at most 500 lines).
    QStringList log(const QString& address) const { return m_logs.value(address); }
    messaging::Responder* responder(const QString& address) const;

signals:
    void logLine(const QString& address, const QString& line);
    void runningChanged(const QString& address, bool running);

private:
    void append(const QString& address, const QString& line);

    WalletManager* m_wallets;
    messaging::MessageSender* m_sender;
    chain::Node* m_node = nullptr;
    QString m_stateFolder;
    QHash<QString, std::shared_ptr<messaging::Responder>> m_responders;
    QHash<QString, messaging::ResponderRule> m_rules; ///< of the running responders, for a restart
    bool m_verifiedOnly = false;
    QHash<QString, QStringList> m_logs;
};

} // namespace aitbc::gui
