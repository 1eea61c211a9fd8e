#pragma once

#include "chain/node_profile.h"

#include <QObject>

#include <memory>

namespace aitbc::gui {

/// Tries a node profile before it is saved: a node made from the profile answers /health and its head
/// (or says why it cannot), and the outcome is put in one sentence. Never blocks; `finished` follows
/// exactly once per `start`. A new `start` abandons the previous attempt.
class ConnectionTest : public QObject {
    Q_OBJECT
public:
    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const chain::NodeProfile& profile);
    bool isRunning() const { return m_node != nullptr; }

signals:
    void finished(bool ok, const QString& text);

private:
    void done(bool ok, const QString& text);

    std::unique_ptr<chain::Node> m_node;
    quint64 m_attempt = 0;
    QString m_health; ///< what /health said, when it answered
};

} // namespace aitbc::gui
