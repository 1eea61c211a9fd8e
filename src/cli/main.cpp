// aitbc-agent: the headless command-line tool. Each command group lives in its own cmd_*.cpp file and is
// listed in command_table.cpp; this file only finds the command and runs it.
#include "cli.h"
#include "command_table.h"
#include "keystore/key_files.h"
#include "terminal_text.h"
#include "util/process_hardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

using aitbc::cli::Command;

namespace {

int usage(const QString& error) {
    QString text;
    if (!error.isEmpty())
        text += QStringLiteral("aitbc-agent: %1\n\n").arg(aitbc::cli::terminalText(error));
    text += QStringLiteral("Usage: aitbc-agent <command> [options] [--json] [-v]\n\nCommands:\n");
    QList<Command> sorted = aitbc::cli::commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command& a, const Command& b) { return a.words < b.words; });
    for (const Command& c : sorted)
        text += QStringLiteral("  %1  %2\n").arg(c.words.join(QLatin1Char(' ')).leftJustified(20), c.summary);
    text += QStringLiteral("\nRun 'aitbc-agent <command> --help' for a command's options.\n"
                           "Every command also takes -v/--verbose (internal log lines on stderr).\n");
    std::fputs(text.toUtf8().constData(), error.isEmpty() ? stdout : stderr);
    return error.isEmpty() ? 0 : 2;
}

const QString kVerbose = QStringLiteral("verbose");
const QString kAllowInsecurePasswordFile = QStringLiteral("allow-insecure-password-file");

/// The core's log categories (aitbc.rpc, aitbc.outbox, ...) are for diagnosis: a command's result and
/// errors are its own output, so the categories stay silent unless -v/--verbose asks for them.
/// QT_LOGGING_RULES still overrides this, as Qt documents.
void setVerbose(bool verbose) {
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("aitbc.*=true")
                                             : QStringLiteral("aitbc.*=false"));
}

} // namespace

int main(int argc, char** argv) {
    // Commands unlock keystores and the daemon holds a seed for hours: keep them out of core files.
    aitbc::util::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aitbc-agent"));
    QCoreApplication::setOrganizationName(QStringLiteral("AITBC"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AITBC_VERSION));

    QStringList args = app.arguments();
    // Before anything logs: -v anywhere on the line (also before the command words) turns logging on.
    const bool verbose = args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--verbose"));
    setVerbose(verbose);
    if (verbose && args.size() > 1 &&
        (args.at(1) == QLatin1String("-v") || args.at(1) == QLatin1String("--verbose")))
        args.removeAt(1);
    // The longest command word sequence that prefixes the arguments wins ("keystore inspect").
    const QList<Command> commands = aitbc::cli::commands();
    const Command* best = nullptr;
    for (const Command& c : commands) {
        if (c.words.size() >= args.size())
            continue;
        if (args.mid(1, c.words.size()) == c.words && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))
            return usage({});
        return usage(QStringLiteral("unknown command '%1'").arg(args.mid(1).join(QLatin1Char(' '))));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(best->summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object on stdout.")});
    parser.addOption({{QStringLiteral("v"), kVerbose},
                      QStringLiteral("Print internal log lines (aitbc.rpc, aitbc.outbox, ...) on stderr.")});
    parser.addOption({kAllowInsecurePasswordFile,
                      QStringLiteral("Accept a --password-file that the group or others can access (refused "
                                     "by default, as ssh refuses such private keys). Same as setting %1=1.")
                          .arg(QLatin1String(aitbc::keystore::kAllowInsecurePasswordFileEnv))});
    if (best->setup)
        best->setup(parser);
    // Re-assemble argv without the command words so positional arguments start after them.
    QStringList commandArgs{args.at(0)};
    commandArgs += args.mid(1 + best->words.size());
    if (!parser.parse(commandArgs)) {
        std::fprintf(stderr, "aitbc-agent: %s\n", qPrintable(aitbc::cli::terminalText(parser.errorText())));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    // Every reader of a password file (keystore, tx, message, daemon) consults the same switch.
    if (parser.isSet(kAllowInsecurePasswordFile))
        qputenv(aitbc::keystore::kAllowInsecurePasswordFileEnv, "1");
    aitbc::cli::Context ctx{parser, commandArgs, parser.isSet(QStringLiteral("json"))};
    return best->run(ctx);
}
