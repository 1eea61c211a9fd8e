#pragma once

#include "util/wait_for.h"

#include <QCommandLineParser>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace aitbc::cli {

/// What a command gets: the parser (already holding the global options), its own arguments after the
/// command words, and output helpers that honour `--json`.
struct Context {
    QCommandLineParser& parser;
    QStringList args; ///< the raw arguments that follow the command words (pass to parser.process)
    bool json = false;

    /// Prints one JSON object on stdout (the `--json` contract: exactly one object per run).
    void printJson(const QJsonObject& object) const;
    /// Prints a human-readable line on stdout, control characters made visible (terminalText()).
    void print(const QString& line) const;
    /// Prints "aitbc-agent: <message>" on stderr (through terminalText()) and returns the exit code to
    /// return from run().
    int fail(const QString& message, int exitCode = 1) const;
};

/// A command such as {"keystore", "inspect"}. `setup` adds the command's options and positional
/// arguments to the parser; `run` returns the process exit code.
struct Command {
    QStringList words;
    QString summary;
    std::function<void(QCommandLineParser&)> setup;
    std::function<int(Context&)> run;
};

/// A command's blocking wait (util::waitFor): the result of `future`, the event loop running meanwhile.
/// The node and outbox futures a command waits for always end with a result; one that does not is a
/// programming error, reported as such rather than read as garbage.
template <typename T> T await(QFuture<T> future) {
    std::optional<T> result = util::waitFor(std::move(future));
    if (!result)
        qFatal("aitbc-agent: an operation ended without a result");
    return std::move(*result);
}

} // namespace aitbc::cli
