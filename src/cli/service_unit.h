#pragma once

// The systemd unit `aitbc-agent service install` writes: the daemon as a dedicated, locked-down system
// user (as packaging/systemd/aitbc-agent-daemon.service), or as a user service of the current account.
#include <QString>
#include <QStringList>

namespace aitbc::cli {

struct ServiceUnitOptions {
    bool userUnit = false; ///< systemctl --user: no User=, no LoadCredential (the password file is private)
    QStringList exec;      ///< the program and its first words, e.g. {"/opt/aitbc/A.AppImage", "aitbc-agent"}
    QString serviceUser;   ///< system units: User=
    QString serviceGroup;  ///< system units: Group= (the user's primary group)
    QString keystorePath;  ///< as the service sees it (under the final root, not --root)
    QString passwordPath;  ///< likewise
    QString nodeUrl;
    bool answerStatus = false;
    QStringList allow;
    QStringList extraArgs; ///< further daemon arguments, verbatim (each one word)
};

/// Empty when `word` may stand in an ExecStart= line as one quoted word; otherwise why not. Quotes,
/// backslashes, '%' and '$' (specifiers and variables) and control characters are refused rather than
/// escaped: a path or URL that needs them is a mistake, and a wrong escape would change what runs.
QString execWordProblem(const QString& word);

QString serviceUnitText(const ServiceUnitOptions& options);

} // namespace aitbc::cli
