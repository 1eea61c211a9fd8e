// aitbc-agent keystore inspect|unlock|create: AITBC keystore files (protocol.md §3) from the command line.
// Nothing here prints or logs key material: unlock proves decryption by printing the public key only.
#include "cli.h"
#include "crypto/encoding.h"
#include "keystore/durable_file.h"
#include "keystore/key_files.h"
#include "keystore/keystore.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace aitbc::cli {

namespace {

const QString kPasswordFile = QStringLiteral("password-file");
const QString kAddressStyle = QStringLiteral("address-style");
constexpr qint64 kMaxKeystoreSize = 1 << 20; // keystores are < 1 KB; anything huge is not one

/// Wipes a password buffer when it goes out of scope.
struct PasswordGuard {
    QByteArray& bytes;
    ~PasswordGuard() {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    }
};

Result<QByteArray> readKeystoreFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read keystore %1: %2").arg(path, f.errorString())};
    QByteArray bytes = f.read(kMaxKeystoreSize + 1);
    if (bytes.size() > kMaxKeystoreSize)
        return Error{QStringLiteral("%1 is larger than 1 MiB: not a keystore").arg(path)};
    return bytes;
}

int failKeystore(Context& ctx, const keystore::KeystoreError& e) {
    return ctx.fail(QStringLiteral("%1: %2").arg(keystore::errorKindName(e.kind), e.message));
}

/// The single positional FILE argument, or an empty string after reporting a usage error.
QString fileArgument(Context& ctx, int* exitCode) {
    const QStringList pos = ctx.parser.positionalArguments();
    if (pos.size() != 1) {
        *exitCode = ctx.fail(QStringLiteral("expected exactly one keystore FILE"), 2);
        return {};
    }
    return pos.first();
}

bool readPassword(Context& ctx, QByteArray& password, int* exitCode) {
    if (!ctx.parser.isSet(kPasswordFile)) {
        *exitCode = ctx.fail(QStringLiteral("--password-file is required"), 2);
        return false;
    }
    auto read = keystore::readPasswordFile(ctx.parser.value(kPasswordFile));
    if (!read) {
        *exitCode = ctx.fail(read.error().message);
        return false;
    }
    password = std::move(read).value();
    return true;
}

QJsonValue optionalString(const std::optional<QString>& s) {
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

int runInspect(Context& ctx) {
    int code = 0;
    const QString path = fileArgument(ctx, &code);
    if (path.isEmpty())
        return code;
    const Result<QByteArray> read = readKeystoreFile(path);
    if (!read)
        return ctx.fail(read.error().message);
    const QByteArray& bytes = read.value();
    const auto info = keystore::inspect(bytes);
    if (!info)
        return failKeystore(ctx, info.error());
    QJsonObject out;
    out[QStringLiteral("layout")] = keystore::layoutName(info->layout);
    out[QStringLiteral("cipher")] = info->cipher;
    out[QStringLiteral("kdf")] = info->kdf;
    out[QStringLiteral("iterations")] = info->iterations;
    out[QStringLiteral("address")] = info->address;
    out[QStringLiteral("public_key")] = optionalString(info->publicKeyHex);
    if (ctx.json) {
        ctx.printJson(out);
    } else {
        ctx.print(QStringLiteral("layout:     %1").arg(out[QStringLiteral("layout")].toString()));
        ctx.print(QStringLiteral("cipher:     %1 (kdf %2, %3 iterations)")
                      .arg(info->cipher, info->kdf)
                      .arg(info->iterations));
        ctx.print(QStringLiteral("address:    %1").arg(info->address));
        ctx.print(QStringLiteral("public key: %1")
                      .arg(info->publicKeyHex.value_or(QStringLiteral("(not in file)"))));
    }
    return 0;
}

int runUnlock(Context& ctx) {
    int code = 0;
    const QString path = fileArgument(ctx, &code);
    if (path.isEmpty())
        return code;
    QByteArray password;
    PasswordGuard guard{password};
    if (!readPassword(ctx, password, &code))
        return code;
    const Result<QByteArray> read = readKeystoreFile(path);
    if (!read)
        return ctx.fail(read.error().message);
    const QByteArray& bytes = read.value();
    const auto key = keystore::unlock(bytes, password);
    if (!key)
        return failKeystore(ctx, key.error());
    QJsonObject out;
    out[QStringLiteral("address")] = key->address;
    out[QStringLiteral("public_key")] = QString::fromLatin1(crypto::toHex(key->publicKey));
    if (ctx.json) {
        ctx.printJson(out);
    } else {
        ctx.print(QStringLiteral("unlocked %1").arg(key->address));
        ctx.print(QStringLiteral("public key: %1").arg(out[QStringLiteral("public_key")].toString()));
    }
    return 0;
}

int runCreate(Context& ctx) {
    int code = 0;
    const QString path = fileArgument(ctx, &code);
    if (path.isEmpty())
        return code;
    keystore::CreateOptions options;
    if (ctx.parser.isSet(kAddressStyle)) {
        const auto style = address::styleFromName(ctx.parser.value(kAddressStyle));
        if (!style)
            return ctx.fail(QStringLiteral("--address-style must be cli, sha256 or bech32"), 2);
        options.addressStyle = *style;
    }
    if (QFileInfo::exists(path))
        return ctx.fail(QStringLiteral("%1 already exists; refusing to overwrite a keystore").arg(path));
    QByteArray password;
    PasswordGuard guard{password};
    if (!readPassword(ctx, password, &code))
        return code;
    const auto file = keystore::create(password, options);
    if (!file)
        return failKeystore(ctx, file.error());

    // Temp file, fsync, link (never replaces a keystore created meanwhile), fsync of the folder: 0600 from
    // birth, and a crash leaves no half-written keystore.
    if (const auto written = keystore::writeFileDurably(path, *file, keystore::DurableWrite::CreateNew);
        !written)
        return ctx.fail(written.error().message);

    const auto info = keystore::inspect(*file);
    QJsonObject result;
    result[QStringLiteral("address")] = info->address;
    result[QStringLiteral("public_key")] = optionalString(info->publicKeyHex);
    if (ctx.json) {
        ctx.printJson(result);
    } else {
        ctx.print(QStringLiteral("created %1").arg(path));
        ctx.print(QStringLiteral("address:    %1").arg(info->address));
        ctx.print(QStringLiteral("public key: %1").arg(info->publicKeyHex.value_or(QString())));
    }
    return 0;
}

void addFile(QCommandLineParser& p) {
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Keystore file."));
}

void addPasswordFile(QCommandLineParser& p) {
    p.addOption({kPasswordFile, QStringLiteral("File holding the password (trailing newline ignored)."),
                 QStringLiteral("PF")});
}

} // namespace

const Command kKeystoreInspectCommand(
    {{QStringLiteral("keystore"), QStringLiteral("inspect")},
     QStringLiteral("Show a keystore's layout, cipher, KDF and address without decrypting it"),
     [](QCommandLineParser& p) { addFile(p); },
     runInspect});
const Command kKeystoreUnlockCommand(
    {{QStringLiteral("keystore"), QStringLiteral("unlock")},
     QStringLiteral("Decrypt a keystore and print its address and public key (never the key)"),
     [](QCommandLineParser& p) {
         addFile(p);
         addPasswordFile(p);
     },
     runUnlock});
const Command kKeystoreCreateCommand(
    {{QStringLiteral("keystore"), QStringLiteral("create")},
     QStringLiteral("Create a new Ed25519 keystore in the AITBC CLI layout (mode 0600)"),
     [](QCommandLineParser& p) {
         addFile(p);
         addPasswordFile(p);
         p.addOption({kAddressStyle, QStringLiteral("Address generator: cli (default), sha256 or bech32."),
                      QStringLiteral("STYLE")});
     },
     runCreate});

QList<Command> keystoreCommands() {
    return {kKeystoreInspectCommand, kKeystoreUnlockCommand, kKeystoreCreateCommand};
}

} // namespace aitbc::cli
