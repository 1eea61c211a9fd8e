#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace aitbc::test {

/// The aitbc-agent executable of this build tree.
QString agentBinary();

/// What one aitbc-agent run printed and returned.
struct AgentRun {
    int exitCode = -1;
    bool finished = false; ///< false: killed at the hang guard
    QByteArray out;
    QByteArray err;
    /// stderr's non-empty lines.
    QList<QByteArray> errLines() const;
    /// stdout as the one JSON object `--json` prints (empty when it is not one).
    QJsonObject json() const;
};

/// Runs aitbc-agent with `args` in `environment` (the system's when empty) and waits for it; a run that
/// takes longer than `hangGuardMs` is killed and reported unfinished. Nothing here asserts on time.
AgentRun runAgent(const QStringList& args, const QProcessEnvironment& environment = {},
                  int hangGuardMs = 120000);

/// The system environment with XDG_DATA_HOME set to `xdgDataHome`, so the agent's default outbox and
/// state files stay in the test's folder.
QProcessEnvironment agentEnvironment(const QString& xdgDataHome);

/// runAgent for a `--json` command: the object it printed (empty, with its output logged, when it printed
/// none). A run that hangs is fatal.
QJsonObject runAgentJson(const QStringList& args, const QProcessEnvironment& environment,
                         int* exitCode = nullptr);

} // namespace aitbc::test
