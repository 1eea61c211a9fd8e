#pragma once

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
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

/// Registers a command; called from static initialisers through AITBC_CLI_COMMAND.
bool registerCommand(Command command);
const QList<Command>& commands();

/// Waits for a future while the event loop keeps running (network replies and queued signals still
/// arrive on this thread), then returns its single result.
template <typename T> T await(QFuture<T> future) {
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace aitbc::cli

#define AITBC_CLI_CONCAT2(a, b) a##b
#define AITBC_CLI_CONCAT(a, b) AITBC_CLI_CONCAT2(a, b)
/// Registers a command at static-initialisation time: AITBC_CLI_COMMAND({ {"keystore","inspect"}, ... });
#define AITBC_CLI_COMMAND(...)                                                                               \
    static const bool AITBC_CLI_CONCAT(aitbcCliRegistered_, __LINE__) =                                      \
        ::aitbc::cli::registerCommand(__VA_ARGS__)
