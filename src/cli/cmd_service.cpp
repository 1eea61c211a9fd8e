// aitbc-agent service install|status: the daemon as a systemd service. `install` writes the unit, a copy
// of the keystore and a password file readable only by the service's user, then prints (or, with
// --enable, runs) the systemctl commands; `status` reports the unit's state and the responder's last
// lines. `--root DIR` writes under another filesystem root (packaging, tests).
#include "cli.h"
#include "keystore/key_files.h"
#include "messaging/responder_rules.h"
#include "service_unit.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <openssl/crypto.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aitbc::cli {

namespace {

const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kUser = QStringLiteral("user");
const QString kServiceUser = QStringLiteral("service-user");
const QString kNode = QStringLiteral("node");
const QString kRoot = QStringLiteral("root");
const QString kEnable = QStringLiteral("enable");
const QString kName = QStringLiteral("name");
const QString kExec = QStringLiteral("exec");
const QString kAnswerStatus = QStringLiteral("answer-status");
const QString kAllow = QStringLiteral("allow");
const QString kState = QStringLiteral("state");
const QString kLines = QStringLiteral("lines");
const QString kDefaultName = QStringLiteral("aitbc-agent-daemon");

struct Owner {
    uid_t uid = 0;
    gid_t gid = 0;
    QString home;
    QString group; ///< the primary group's name ("nogroup" for Debian's nobody, not "nobody")
};

std::optional<Owner> lookupUser(const QString& name) {
    const QByteArray n = name.toLocal8Bit();
    const passwd* pw = getpwnam(n.constData());
    if (!pw)
        return std::nullopt;
    const group* gr = getgrgid(pw->pw_gid);
    return Owner{pw->pw_uid, pw->pw_gid, QString::fromLocal8Bit(pw->pw_dir),
                 gr ? QString::fromLocal8Bit(gr->gr_name) : name};
}

/// Writes `bytes` to `path` so that it is private from the first byte: created 0600 (a temporary next
/// to it, then renamed over), owned by `owner`. No symlink is followed.
Result<void> writePrivate(const QString& path, const QByteArray& bytes, const Owner& owner) {
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    auto fail = [&](const QString& what) -> Result<void> {
        return Error{
            QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)))};
    };
    if (fd < 0)
        return fail(QStringLiteral("cannot create"));
    bool ok = ::fchmod(fd, 0600) == 0 && (::geteuid() != 0 || ::fchown(fd, owner.uid, owner.gid) == 0);
    qsizetype done = 0;
    while (ok && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || ::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        errno = ok ? errno : savedErrno;
        ::unlink(tmp.constData());
        return fail(QStringLiteral("cannot write"));
    }
    return {};
}

Result<void> makeDir(const QString& path, mode_t mode, const Owner* owner) {
    if (!QDir().mkpath(path))
        return Error{QStringLiteral("cannot create the folder %1").arg(path)};
    const QByteArray p = QFile::encodeName(path);
    if (::chmod(p.constData(), mode) != 0 ||
        (owner && ::geteuid() == 0 && ::chown(p.constData(), 0, owner->gid) != 0))
        return Error{QStringLiteral("cannot set the mode of %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    return {};
}

/// The program the unit runs: the AppImage when this runs from one (the binary inside it lives in a
/// temporary mount), else this executable.
QStringList defaultExec() {
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return {QFileInfo(appImage).absoluteFilePath(), QStringLiteral("aitbc-agent")};
    return {QCoreApplication::applicationFilePath()};
}

int runInstall(Context& ctx) {
    const bool userUnit = ctx.parser.isSet(kUser);
    const QString keystore = ctx.parser.value(kKeystore);
    const QString passwordFile = ctx.parser.value(kPasswordFile);
    const QString node = ctx.parser.value(kNode).trimmed().isEmpty() ? QStringLiteral("http://127.0.0.1:8082")
                                                                     : ctx.parser.value(kNode).trimmed();
    const QString root = ctx.parser.value(kRoot);
    const QString name = ctx.parser.value(kName).isEmpty() ? kDefaultName : ctx.parser.value(kName);
    if (keystore.isEmpty() || passwordFile.isEmpty())
        return ctx.fail(QStringLiteral("--keystore FILE and --password-file PF are required"), 2);
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")).match(name).hasMatch())
        return ctx.fail(QStringLiteral("--name must be a plain unit name (letters, digits, _ . @ -)"), 2);
    if (!node.startsWith(QStringLiteral("http://")) && !node.startsWith(QStringLiteral("https://")))
        return ctx.fail(QStringLiteral("--node must be an http:// or https:// URL"), 2);
    if (userUnit && ctx.parser.isSet(kServiceUser))
        return ctx.fail(QStringLiteral("--service-user is for system services; a --user service runs as you"),
                        2);
    if (!userUnit && root.isEmpty() && ::geteuid() != 0)
        return ctx.fail(
            QStringLiteral("installing a system service needs root (or --user for a user service, or "
                           "--root DIR to stage the files)"),
            2);

    // The service's user must exist: its files are made readable by it alone.
    Owner owner;
    QString serviceUser;
    if (userUnit) {
        owner = Owner{::getuid(), ::getgid(), QDir::homePath(), QString()};
    } else {
        serviceUser = ctx.parser.value(kServiceUser).isEmpty() ? QStringLiteral("aitbc-agent")
                                                               : ctx.parser.value(kServiceUser);
        const auto found = lookupUser(serviceUser);
        if (!found)
            return ctx.fail(
                QStringLiteral("the service user '%1' does not exist; create it first:\n  useradd --system "
                               "--no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin %1")
                    .arg(serviceUser),
                2);
        owner = *found;
    }
    QStringList exec = ctx.parser.isSet(kExec) ? QStringList{ctx.parser.value(kExec)} : defaultExec();
    QStringList allow = ctx.parser.values(kAllow);
    for (const QString& w : exec + allow + QStringList{node})
        if (const QString p = execWordProblem(w); !p.isEmpty())
            return ctx.fail(QStringLiteral("'%1' %2").arg(w, p), 2);

    // The password must open the keystore before anything is written: a service that cannot start is
    // worse than a clear refusal now.
    if (auto wallet = keystore::openWithPasswordFile(keystore, passwordFile); !wallet)
        return ctx.fail(wallet.error().message);
    auto read = keystore::readPasswordFile(passwordFile);
    if (!read)
        return ctx.fail(read.error().message);
    QByteArray password = std::move(read).value();
    QFile ksFile(keystore);
    if (!ksFile.open(QIODevice::ReadOnly)) {
        OPENSSL_cleanse(password.data(), size_t(password.size()));
        return ctx.fail(QStringLiteral("cannot read %1").arg(keystore));
    }
    const QByteArray keystoreBytes = ksFile.read(1024 * 1024 + 1);

    // Where the files go, as the service sees them and as written (under --root).
    const QString configDir = userUnit ? QDir(owner.home).filePath(QStringLiteral(".config/aitbc-agent"))
                                       : QStringLiteral("/etc/aitbc-agent");
    const QString unitDir = userUnit ? QDir(owner.home).filePath(QStringLiteral(".config/systemd/user"))
                                     : QStringLiteral("/etc/systemd/system");
    auto staged = [&root](const QString& path) {
        return root.isEmpty() ? path : QDir(root).filePath(path.mid(1));
    };
    const QString keystoreTarget = configDir + QStringLiteral("/keystore.json");
    const QString passwordTarget = configDir + QStringLiteral("/password");
    const QString unitTarget = unitDir + QStringLiteral("/%1.service").arg(name);

    ServiceUnitOptions o;
    o.userUnit = userUnit;
    o.exec = exec;
    o.serviceUser = serviceUser;
    o.serviceGroup = owner.group;
    o.keystorePath = keystoreTarget;
    o.passwordPath = passwordTarget;
    o.nodeUrl = node;
    o.answerStatus = ctx.parser.isSet(kAnswerStatus);
    o.allow = allow;
    for (const QString& w : {keystoreTarget, passwordTarget})
        if (const QString p = execWordProblem(w); !p.isEmpty()) {
            OPENSSL_cleanse(password.data(), size_t(password.size()));
            return ctx.fail(QStringLiteral("'%1' %2").arg(w, p), 2);
        }

    Result<void> written = makeDir(staged(configDir), userUnit ? 0700 : 0750, userUnit ? nullptr : &owner);
    if (written)
        written = writePrivate(staged(passwordTarget), password + '\n', owner);
    if (written)
        written = writePrivate(staged(keystoreTarget), keystoreBytes, owner);
    const bool unitDirMade = written && QDir().mkpath(staged(unitDir));
    OPENSSL_cleanse(password.data(), size_t(password.size()));
    if (!written)
        return ctx.fail(written.error().message);
    if (!unitDirMade)
        return ctx.fail(QStringLiteral("cannot create %1").arg(staged(unitDir)));
    QFile unit(staged(unitTarget));
    if (!unit.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        unit.write(serviceUnitText(o).toUtf8()) < 0 ||
        !unit.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther))
        return ctx.fail(QStringLiteral("cannot write %1").arg(staged(unitTarget)));
    unit.close();

    const QString systemctl = userUnit ? QStringLiteral("systemctl --user") : QStringLiteral("systemctl");
    QStringList commands;
    if (root.isEmpty())
        commands << QStringLiteral("%1 daemon-reload").arg(systemctl)
                 << QStringLiteral("%1 enable --now %2.service").arg(systemctl, name);
    else
        commands << QStringLiteral("%1 --root=%2 enable %3.service").arg(systemctl, root, name);

    QJsonArray ran;
    int exitCode = 0;
    if (ctx.parser.isSet(kEnable)) {
        for (const QString& c : commands) {
            QStringList words = c.split(QLatin1Char(' '));
            QProcess p;
            p.start(words.takeFirst(), words);
            const bool finished = p.waitForFinished(60000);
            const QString out =
                QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()).trimmed();
            ran.append(QJsonObject{{QStringLiteral("command"), c},
                                   {QStringLiteral("exit_code"), finished ? p.exitCode() : -1},
                                   {QStringLiteral("output"), out.left(2000)}});
            if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                exitCode = ctx.fail(QStringLiteral("'%1' failed: %2").arg(c, out.left(500)), 3);
                break;
            }
        }
    }
    if (ctx.json) {
        QJsonObject j{{QStringLiteral("unit"), staged(unitTarget)},
                      {QStringLiteral("keystore"), staged(keystoreTarget)},
                      {QStringLiteral("password_file"), staged(passwordTarget)},
                      {QStringLiteral("service_user"), userUnit ? QString() : serviceUser},
                      {QStringLiteral("user_unit"), userUnit},
                      {QStringLiteral("commands"), QJsonArray::fromStringList(commands)}};
        if (ctx.parser.isSet(kEnable))
            j[QStringLiteral("ran")] = ran;
        ctx.printJson(j);
    } else {
        ctx.print(QStringLiteral("wrote %1").arg(staged(unitTarget)));
        ctx.print(QStringLiteral("wrote %1 and %2 (mode 0600, owner %3)")
                      .arg(staged(keystoreTarget), staged(passwordTarget),
                           userUnit ? QStringLiteral("you") : serviceUser));
        if (!ctx.parser.isSet(kEnable)) {
            ctx.print(QStringLiteral("to enable and start it:"));
            for (const QString& c : commands)
                ctx.print(QStringLiteral("  %1").arg(c));
        }
    }
    return exitCode;
}

/// `systemctl show` as key=value pairs; an error when systemd cannot be asked.
Result<QHash<QString, QString>> unitProperties(bool userUnit, const QString& name) {
    QProcess p;
    QStringList args;
    if (userUnit)
        args << QStringLiteral("--user");
    args << QStringLiteral("show") << QStringLiteral("%1.service").arg(name)
         << QStringLiteral("--property=LoadState,ActiveState,SubState,UnitFileState,MainPID,Result,"
                           "ExecMainStartTimestamp,NRestarts");
    p.start(QStringLiteral("systemctl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(500);
        return Error{error.isEmpty() ? p.errorString() : error};
    }
    QHash<QString, QString> out;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).left(200));
    }
    return out;
}

QStringList journalLines(bool userUnit, const QString& name, int lines) {
    QProcess p;
    QStringList args;
    if (userUnit)
        args << QStringLiteral("--user");
    args << QStringLiteral("-u") << QStringLiteral("%1.service").arg(name) << QStringLiteral("-n")
         << QString::number(lines) << QStringLiteral("-o") << QStringLiteral("cat")
         << QStringLiteral("--no-pager");
    p.start(QStringLiteral("journalctl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QStringList out;
    for (const QByteArray& l : p.readAllStandardOutput().split('\n'))
        if (!l.trimmed().isEmpty())
            out << QString::fromUtf8(l).left(400);
    return out.mid(qMax<qsizetype>(0, out.size() - lines));
}

int runStatus(Context& ctx) {
    const bool userUnit = ctx.parser.isSet(kUser);
    const QString name = ctx.parser.value(kName).isEmpty() ? kDefaultName : ctx.parser.value(kName);
    bool linesOk = true;
    const int lines = ctx.parser.isSet(kLines) ? ctx.parser.value(kLines).toInt(&linesOk) : 10;
    if (!linesOk || lines < 0 || lines > 1000)
        return ctx.fail(QStringLiteral("--lines takes 0 to 1000"), 2);
    QString statePath = ctx.parser.value(kState);
    if (statePath.isEmpty())
        statePath = userUnit ? QDir::home().filePath(QStringLiteral(".local/state/aitbc-agent/state.json"))
                             : QStringLiteral("/var/lib/aitbc-agent/state.json");

    const Result<QHash<QString, QString>> props = unitProperties(userUnit, name);
    QJsonObject o{{QStringLiteral("unit"), QStringLiteral("%1.service").arg(name)},
                  {QStringLiteral("systemd"), bool(props)}};
    if (props) {
        for (auto it = props->cbegin(); it != props->cend(); ++it)
            o[it.key()] = it.value();
        o[QStringLiteral("log")] = QJsonArray::fromStringList(journalLines(userUnit, name, lines));
    } else {
        o[QStringLiteral("error")] =
            QStringLiteral("systemd is not reachable: %1").arg(props.error().message);
    }
    // The responder's own record: what it answered, what waits, from which height.
    QJsonObject state{{QStringLiteral("path"), statePath}};
    messaging::ResponderState s;
    if (!QFileInfo::exists(statePath)) {
        state[QStringLiteral("error")] =
            QStringLiteral("no state file (the daemon has not run yet, or it is not "
                           "readable here)");
    } else if (Result<messaging::ResponderState> loaded = messaging::ResponderState::load(statePath);
               !loaded) {
        state[QStringLiteral("error")] = loaded.error().message;
    } else {
        s = std::move(loaded).value();
        qsizetype answered = 0;
        for (auto it = s.handled.cbegin(); it != s.handled.cend(); ++it)
            answered += s.isAnswered(it.key());
        state[QStringLiteral("address")] = s.address;
        state[QStringLiteral("start_height")] = s.startHeight;
        state[QStringLiteral("handled")] = s.handled.size();
        state[QStringLiteral("answered")] = answered;
        state[QStringLiteral("pending")] = s.pending.size();
        QDateTime last;
        for (const messaging::ReplyRecord& r : s.replies)
            last = qMax(last, r.time);
        state[QStringLiteral("last_reply")] =
            last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue();
    }
    o[QStringLiteral("state")] = state;
    if (ctx.json) {
        ctx.printJson(o);
    } else {
        if (props)
            ctx.print(
                QStringLiteral("%1: %2 (%3), %4, enabled: %5")
                    .arg(o[QStringLiteral("unit")].toString(), props->value(QStringLiteral("ActiveState")),
                         props->value(QStringLiteral("SubState")), props->value(QStringLiteral("LoadState")),
                         props->value(QStringLiteral("UnitFileState"))));
        else
            ctx.print(o[QStringLiteral("error")].toString());
        if (state.contains(QStringLiteral("error")))
            ctx.print(
                QStringLiteral("state %1: %2").arg(statePath, state[QStringLiteral("error")].toString()));
        else
            ctx.print(QStringLiteral("responder %1: %2 answered, %3 pending, from height %4")
                          .arg(s.address)
                          .arg(state[QStringLiteral("answered")].toInt())
                          .arg(s.pending.size())
                          .arg(s.startHeight));
        for (const QJsonValue& l : o[QStringLiteral("log")].toArray())
            ctx.print(QStringLiteral("  %1").arg(l.toString()));
    }
    return props ? 0 : 3;
}

} // namespace

const Command kServiceInstallCommand(
    {{QStringLiteral("service"), QStringLiteral("install")},
     QStringLiteral("Install the daemon as a systemd service: the unit, the keystore and a password file "
                    "readable only by the service's user."),
     [](QCommandLineParser& p) {
         p.addOption({kKeystore, QStringLiteral("The wallet's keystore file."), QStringLiteral("FILE")});
         p.addOption({kPasswordFile,
                      QStringLiteral("File holding the keystore password (copied, checked first)."),
                      QStringLiteral("PF")});
         p.addOption({kUser, QStringLiteral("A user service of the current account (systemctl --user).")});
         p.addOption({kServiceUser,
                      QStringLiteral("The system user the service runs as (default aitbc-agent)."),
                      QStringLiteral("NAME")});
         p.addOption({kNode, QStringLiteral("The proposer's RPC URL (default http://127.0.0.1:8082)."),
                      QStringLiteral("URL")});
         p.addOption({kRoot, QStringLiteral("Write under this filesystem root (packaging, tests)."),
                      QStringLiteral("DIR")});
         p.addOption({kEnable, QStringLiteral("Run the systemctl commands instead of printing them.")});
         p.addOption(
             {kName, QStringLiteral("Unit name (default aitbc-agent-daemon)."), QStringLiteral("NAME")});
         p.addOption({kExec,
                      QStringLiteral("The aitbc-agent program the unit runs (default: this one, or the "
                                     "AppImage it runs from)."),
                      QStringLiteral("PATH")});
         p.addOption(
             {kAnswerStatus, QStringLiteral("The daemon answers status requests (daemon --answer-status).")});
         p.addOption({kAllow, QStringLiteral("The daemon answers only this sender (repeatable)."),
                      QStringLiteral("ADDR")});
     },
     runInstall});

const Command kServiceStatusCommand(
    {{QStringLiteral("service"), QStringLiteral("status")},
     QStringLiteral("The service's state (systemd) and the responder's last lines and record."),
     [](QCommandLineParser& p) {
         p.addOption({kUser, QStringLiteral("The user service of the current account.")});
         p.addOption(
             {kName, QStringLiteral("Unit name (default aitbc-agent-daemon)."), QStringLiteral("NAME")});
         p.addOption(
             {kState,
              QStringLiteral("The responder's state file (default: the service's, "
                             "/var/lib/aitbc-agent/state.json or ~/.local/state/aitbc-agent/state.json)."),
              QStringLiteral("FILE")});
         p.addOption({kLines, QStringLiteral("Log lines to show (default 10)."), QStringLiteral("N")});
     },
     runStatus});

QList<Command> serviceCommands() {
    return {kServiceInstallCommand, kServiceStatusCommand};
}

} // namespace aitbc::cli
