#include "service_unit.h"

namespace aitbc::cli {

QString execWordProblem(const QString& word) {
    if (word.isEmpty())
        return QStringLiteral("is empty");
    for (const QChar c : word) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
            c == QLatin1Char('%') || c == QLatin1Char('$') || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("contains '%1', which a systemd command line would reinterpret")
                .arg(c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                        : QString(c));
    }
    return {};
}

namespace {

QString quoted(const QString& word) {
    return QStringLiteral("\"%1\"").arg(word);
}

} // namespace

QString serviceUnitText(const ServiceUnitOptions& o) {
    QStringList args = o.exec;
    args << QStringLiteral("daemon") << QStringLiteral("--keystore") << o.keystorePath;
    QStringList exec;
    for (const QString& a : args)
        exec << quoted(a);
    // ${CREDENTIALS_DIRECTORY} must stay unquoted-expandable: systemd expands ${VAR} inside quotes too.
    exec << QStringLiteral("--password-file")
         << (o.userUnit ? quoted(o.passwordPath) : QStringLiteral("${CREDENTIALS_DIRECTORY}/password"));
    exec << QStringLiteral("--node") << quoted(o.nodeUrl) << QStringLiteral("--state")
         << QStringLiteral("%S/aitbc-agent/state.json");
    if (o.answerStatus)
        exec << QStringLiteral("--answer-status");
    for (const QString& a : o.allow)
        exec << QStringLiteral("--allow") << quoted(a);
    for (const QString& a : o.extraArgs)
        exec << quoted(a);

    QString t;
    t += QStringLiteral(
        "# Written by `aitbc-agent service install`: the hermes auto-responder (aitbc-agent daemon)\n"
        "# as a service. The keystore password is in a file readable only by the service's user.\n\n");
    t += QStringLiteral(
        "[Unit]\nDescription=AITBC hermes auto-responder (aitbc-agent daemon)\n"
        "After=network-online.target\nWants=network-online.target\n\n[Service]\nType=simple\n");
    if (!o.userUnit) {
        t += QStringLiteral("User=%1\nGroup=%2\n").arg(o.serviceUser, o.serviceGroup);
        // systemd hands the service a private copy readable only by the service user.
        t += QStringLiteral("LoadCredential=password:%1\n").arg(o.passwordPath);
        t += QStringLiteral("Environment=XDG_CACHE_HOME=/var/cache/aitbc-agent\n");
    }
    t += QStringLiteral("ExecStart=%1\n").arg(exec.join(QLatin1Char(' ')));
    t += QStringLiteral("Restart=on-failure\nRestartSec=10s\n\n");
    t += QStringLiteral(
        "# Writable places: the responder's state and outbox (%S/aitbc-agent) and the AppImage's\n"
        "# extraction cache; everything else is read-only or hidden.\n"
        "StateDirectory=aitbc-agent\nStateDirectoryMode=0700\nCacheDirectory=aitbc-agent\n"
        "CacheDirectoryMode=0700\nUMask=0077\nNoNewPrivileges=yes\n");
    if (!o.userUnit) {
        t += QStringLiteral(
            "\n# Hardening\nProtectSystem=strict\nProtectHome=yes\nPrivateTmp=yes\nPrivateDevices=yes\n"
            "PrivateUsers=yes\nProtectHostname=yes\nProtectClock=yes\nProtectKernelTunables=yes\n"
            "ProtectKernelModules=yes\nProtectKernelLogs=yes\nProtectControlGroups=yes\nProtectProc="
            "invisible\n"
            "ProcSubset=pid\nRestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX\nRestrictNamespaces=yes\n"
            "RestrictRealtime=yes\nRestrictSUIDSGID=yes\nLockPersonality=yes\nMemoryDenyWriteExecute=yes\n"
            "RemoveIPC=yes\nCapabilityBoundingSet=\nAmbientCapabilities=\nSystemCallArchitectures=native\n"
            "SystemCallFilter=@system-service\nSystemCallErrorNumber=EPERM\n");
    }
    t += QStringLiteral("\n[Install]\nWantedBy=%1\n")
             .arg(o.userUnit ? QStringLiteral("default.target") : QStringLiteral("multi-user.target"));
    return t;
}

} // namespace aitbc::cli
