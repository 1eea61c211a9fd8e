#include "cli.h"

#include "terminal_text.h"

#include <QJsonDocument>

#include <cstdio>

namespace aitbc::cli {

void Context::printJson(const QJsonObject& object) const {
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

void Context::print(const QString& line) const {
    // Human output carries chain and node text: control characters are shown, never sent to the terminal.
    const QByteArray text = terminalText(line).toUtf8() + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

int Context::fail(const QString& message, int exitCode) const {
    const QByteArray text = "aitbc-agent: " + terminalText(message).toUtf8() + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    return exitCode;
}

} // namespace aitbc::cli
