#include "agent_process.h"

#include <QJsonDocument>
#include <QProcess>

namespace aitbc::test {

QString agentBinary() {
    return QStringLiteral(AITBC_BINARY_DIR "/src/cli/aitbc-agent");
}

QList<QByteArray> AgentRun::errLines() const {
    QList<QByteArray> lines = err.split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QJsonObject AgentRun::json() const {
    return QJsonDocument::fromJson(out).object();
}

AgentRun runAgent(const QStringList& args, const QProcessEnvironment& environment, int hangGuardMs) {
    QProcess p;
    p.setProgram(agentBinary());
    p.setArguments(args);
    p.setProcessEnvironment(environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment);
    p.start();
    AgentRun run;
    run.finished = p.waitForFinished(hangGuardMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QProcessEnvironment agentEnvironment(const QString& xdgDataHome) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome);
    return env;
}

QJsonObject runAgentJson(const QStringList& args, const QProcessEnvironment& environment, int* exitCode) {
    const AgentRun run = runAgent(args, environment);
    if (!run.finished)
        qFatal("aitbc-agent did not finish");
    if (exitCode)
        *exitCode = run.exitCode;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    if (!doc.isObject())
        qWarning("stdout: %s\nstderr: %s", run.out.constData(), run.err.constData());
    return doc.object();
}

} // namespace aitbc::test
