#pragma once

// Reads tests/data/real-chain/transcript.md: every "$ command" line of a fenced block with the output
// lines that follow it, so tests can replay the real node's requests and compare answers.
#include "testdata.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace aitbc::test {

struct TranscriptEntry {
    QString command;
    QString output;
};

inline QList<TranscriptEntry> readTranscript() {
    const QStringList lines =
        QString::fromUtf8(readTestData(QStringLiteral("real-chain/transcript.md"))).split(u'\n');
    QList<TranscriptEntry> out;
    bool inFence = false;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            continue;
        }
        if (!inFence)
            continue;
        if (line.startsWith(QLatin1String("$ "))) {
            out.append({line.mid(2), {}});
        } else if (!out.isEmpty()) {
            out.last().output += (out.last().output.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        }
    }
    return out;
}

/// The body of `txs/<name>` as the transcript printed it (`$ cat txs/<name>`).
inline QByteArray transcriptTxFile(const QList<TranscriptEntry>& t, const QString& name) {
    for (const auto& e : t)
        if (e.command == QStringLiteral("cat txs/") + name)
            return e.output.toUtf8();
    return {};
}

/// The output of the first curl command that contains `needle` (after `from`).
inline QString transcriptOutput(const QList<TranscriptEntry>& t, const QString& needle, int from = 0) {
    for (qsizetype i = from; i < t.size(); ++i)
        if (t[i].command.startsWith(QLatin1String("curl")) && t[i].command.contains(needle))
            return t[i].output;
    return {};
}

/// Strips curl's ` HTTP nnn` suffix (from -w) and returns {body, status or 0}.
inline QPair<QString, int> splitStatus(const QString& output) {
    static const QRegularExpression re(QStringLiteral("^(.*) HTTP (\\d{3})$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(output);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2).toInt()};
    return {output, 0};
}

} // namespace aitbc::test
