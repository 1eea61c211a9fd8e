// aitbc-agent tx sign|hash|verify: build, sign, hash and check REF transactions (protocol.md §1).
//
// Output keeps the exact JSON of transactions (1 vs 1.0, key order, big integers): it is written with the
// project's own writer (json::dump), not QJsonDocument, which would lose those distinctions.
#include "cli.h"
#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "keystore/key_files.h"
#include "keystore/keystore.h"
#include "protocol/ref_request.h"
#include "tx/transaction.h"
#include "util/error.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QFile>

#include <openssl/crypto.h>

#include <cstdio>

namespace aitbc::cli {

namespace {

const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kTo = QStringLiteral("to");
const QString kNonce = QStringLiteral("nonce");
const QString kAmount = QStringLiteral("amount");
const QString kFee = QStringLiteral("fee");
const QString kMessage = QStringLiteral("message");
const QString kChainId = QStringLiteral("chain-id");
const QString kFormat = QStringLiteral("format");
constexpr qint64 kMaxInput = 16 << 20;

/// Prints one JSON object (member order kept, UTF-8, compact) on stdout.
void printValue(const json::Value& v) {
    const QByteArray text = json::dump(v, {json::Separators::Compact, false, false}) + '\n';
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    std::fflush(stdout);
}

/// Reads FILE, or stdin for "-".
Result<QByteArray> readInput(const QString& path) {
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok)
        return Error{QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    QByteArray bytes = f.read(kMaxInput + 1);
    if (bytes.size() > kMaxInput)
        return Error{QStringLiteral("%1 is larger than 16 MiB").arg(path)};
    return bytes;
}

bool readBody(Context& ctx, json::Value& body, int* exitCode) {
    const QStringList pos = ctx.parser.positionalArguments();
    if (pos.size() != 1) {
        *exitCode = ctx.fail(QStringLiteral("expected exactly one FILE (or - for stdin)"), 2);
        return false;
    }
    const Result<QByteArray> bytes = readInput(pos.first());
    if (!bytes) {
        *exitCode = ctx.fail(bytes.error().message);
        return false;
    }
    json::ParseError perr;
    if (!json::parse(bytes.value(), body, &perr)) {
        *exitCode = ctx.fail(QStringLiteral("%1 is not valid JSON: %2 at byte %3")
                                 .arg(pos.first(), perr.message)
                                 .arg(perr.offset));
        return false;
    }
    if (!body.isObject()) {
        *exitCode = ctx.fail(QStringLiteral("%1 is not a JSON object").arg(pos.first()));
        return false;
    }
    return true;
}

/// A JSON number given on the command line, kept as typed ("5" integer, "0.5" float).
std::optional<json::Value> parseNumber(const QString& text) {
    json::Value v;
    if (!json::parse(text.toUtf8(), v) || !v.isNumber())
        return std::nullopt;
    return v;
}

std::optional<qint64> parseInteger(const QString& text) {
    const auto v = parseNumber(text);
    if (!v || !v->isInteger())
        return std::nullopt;
    return v->toInt64();
}

int runSign(Context& ctx) {
    const QCommandLineParser& p = ctx.parser;
    for (const QString& required : {kKeystore, kPasswordFile, kTo, kNonce})
        if (!p.isSet(required))
            return ctx.fail(QStringLiteral("--%1 is required").arg(required), 2);
    const QString format = p.isSet(kFormat) ? p.value(kFormat) : QStringLiteral("ref");
    if (format != QLatin1String("ref") && format != QLatin1String("legacy"))
        return ctx.fail(QStringLiteral("--format must be ref or legacy"), 2);
    const bool legacy = format == QLatin1String("legacy");
    const auto nonce = parseInteger(p.value(kNonce));
    if (!nonce || *nonce < 0)
        return ctx.fail(QStringLiteral("--nonce must be a non-negative integer"), 2);
    const auto fee = p.isSet(kFee) ? parseInteger(p.value(kFee)) : std::optional<qint64>(tx::kDefaultFee);
    if (!fee || *fee < 0)
        return ctx.fail(QStringLiteral("--fee must be a non-negative integer"), 2);
    const auto amount =
        p.isSet(kAmount) ? parseNumber(p.value(kAmount)) : std::optional<json::Value>(qint64(0));
    if (!amount)
        return ctx.fail(QStringLiteral("--amount must be a number"), 2);
    // §1.2/§10.6: REF truncates float amounts with int(), so 0.5 would silently move 0. Refuse it there.
    if (!legacy && !amount->isInteger())
        return ctx.fail(
            QStringLiteral("--amount must be an integer for the REF format (the node truncates floats)"), 2);
    if (amount->isInteger() && amount->integerDigits().startsWith('-'))
        return ctx.fail(QStringLiteral("--amount must not be negative"), 2);
    const QString chainId = p.isSet(kChainId) ? p.value(kChainId) : tx::kDefaultChainId;

    auto read = keystore::readPasswordFile(p.value(kPasswordFile));
    if (!read)
        return ctx.fail(read.error().message);
    QByteArray password = std::move(read).value();
    QFile f(p.value(kKeystore));
    if (!f.open(QIODevice::ReadOnly)) {
        OPENSSL_cleanse(password.data(), std::size_t(password.size()));
        return ctx.fail(QStringLiteral("cannot read keystore %1: %2").arg(f.fileName(), f.errorString()));
    }
    auto unlocked = keystore::unlock(f.read(1 << 20), password);
    OPENSSL_cleanse(password.data(), std::size_t(password.size()));
    if (!unlocked)
        return ctx.fail(QStringLiteral("%1: %2").arg(keystore::errorKindName(unlocked.error().kind),
                                                     unlocked.error().message));
    auto key = crypto::Ed25519Key::fromSeed(unlocked->seed.view());
    unlocked->seed.clear();
    if (!key)
        return ctx.fail(key.error().message);
    if (unlocked->address.isEmpty())
        return ctx.fail(QStringLiteral("the keystore has no address to send from"));

    json::Value object;
    if (legacy) {
        tx::LegacyTransfer t;
        t.chainId = chainId;
        t.from = unlocked->address;
        t.to = p.value(kTo);
        t.amount = *amount;
        t.fee = *fee;
        t.nonce = *nonce;
        t.payload = p.value(kMessage);
        object = tx::legacySignedObject(t);
    } else {
        tx::RefTransfer t;
        t.chainId = chainId;
        t.from = unlocked->address; // §2.1: the keystore's address verbatim, never re-derived
        t.to = p.value(kTo);
        t.nonce = *nonce;
        t.fee = *fee;
        t.amount = *amount;
        if (p.isSet(kMessage))
            t.message = p.value(kMessage); // an explicit --message "" is still written
        object = tx::refSignedObject(t);
    }
    // Legacy bodies carry `signature` only, as the guide's daemon sends them (vector tx04).
    const tx::SignedTransaction s =
        tx::sign(object, *key, legacy ? tx::SignatureKeys::Signature : tx::SignatureKeys::Both);

    // tx_hash: what a REF node of `chainId` answers for this body; null when REF would reject it (legacy:
    // 422).
    json::Value txHash;
    const Result<QString> hash = protocol::predictNodeHash(s.body, chainId);
    if (hash)
        txHash = *hash;

    json::Value out = json::Value::object();
    out.insert(QStringLiteral("body"), s.body);
    out.insert(QStringLiteral("signed_object"), s.signedObject);
    out.insert(QStringLiteral("signed_string"), QString::fromUtf8(s.signedString));
    out.insert(QStringLiteral("signature"), QString::fromLatin1(crypto::toHex(s.signature)));
    out.insert(QStringLiteral("public_key"), QString::fromLatin1(crypto::toHex(s.publicKey)));
    out.insert(QStringLiteral("tx_hash"), txHash);
    if (ctx.json) {
        printValue(out);
    } else {
        ctx.print(QString::fromUtf8(json::dump(s.body, {json::Separators::Spaced, false, false})));
        ctx.print(QStringLiteral("tx_hash: %1")
                      .arg(txHash.isNull()
                               ? QStringLiteral("(rejected by a REF node: %1)").arg(hash.error().message)
                               : txHash.toString()));
    }
    return 0;
}

int runHash(Context& ctx) {
    json::Value body;
    int code = 0;
    if (!readBody(ctx, body, &code))
        return code;
    // §1.2: the body's own chain_id is ignored; the node hashes with its own chain.
    const QString chainId = ctx.parser.isSet(kChainId) ? ctx.parser.value(kChainId) : tx::kDefaultChainId;
    const auto hash = protocol::predictNodeHash(body, chainId);
    if (!hash)
        return ctx.fail(QStringLiteral("a REF node would reject this body: %1").arg(hash.error().message));
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("tx_hash"), *hash);
    if (ctx.json)
        printValue(out);
    else
        ctx.print(*hash);
    return 0;
}

int runVerify(Context& ctx) {
    json::Value body;
    int code = 0;
    if (!readBody(ctx, body, &code))
        return code;
    const tx::Verification v = tx::verify(body);
    const bool valid = v == tx::Verification::Valid;
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("valid"), valid);
    if (ctx.json)
        printValue(out);
    else
        ctx.print(valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
    if (!valid) // the reason on stderr; exit status 1 so scripts can branch on it
        std::fprintf(stderr, "aitbc-agent: signature check failed: %s\n",
                     qPrintable(tx::verificationName(v)));
    return valid ? 0 : 1;
}

} // namespace

const Command kTxSignCommand(
    {{QStringLiteral("tx"), QStringLiteral("sign")},
     QStringLiteral("Build and sign a transfer or message; print the POST body and its node hash"),
     [](QCommandLineParser& p) {
         p.addOption({kKeystore, QStringLiteral("Keystore of the sender."), QStringLiteral("FILE")});
         p.addOption(
             {kPasswordFile, QStringLiteral("File holding the keystore password."), QStringLiteral("PF")});
         p.addOption({kTo, QStringLiteral("Recipient address."), QStringLiteral("ADDR")});
         p.addOption(
             {kNonce, QStringLiteral("The sender's account nonce (GET /rpc/account)."), QStringLiteral("N")});
         p.addOption({kAmount, QStringLiteral("Amount (default 0)."), QStringLiteral("N")});
         p.addOption({kFee, QStringLiteral("Fee (default 10, as AITBC's tools)."), QStringLiteral("N")});
         p.addOption({kMessage, QStringLiteral("Message text (payload.message and payload.payload)."),
                      QStringLiteral("TEXT")});
         p.addOption({kChainId, QStringLiteral("Chain id (default ait-mainnet)."), QStringLiteral("ID")});
         p.addOption({kFormat,
                      QStringLiteral("ref (default) or legacy (the guide's format; REF rejects it)."),
                      QStringLiteral("FORMAT")});
     },
     runSign});
const Command
    kTxHashCommand({{QStringLiteral("tx"), QStringLiteral("hash")},
                    QStringLiteral("Predict the transaction_hash a REF node returns for a POST body"),
                    [](QCommandLineParser& p) {
                        p.addPositionalArgument(QStringLiteral("FILE"),
                                                QStringLiteral("POST body (JSON), or - for stdin."));
                        p.addOption({kChainId, QStringLiteral("The node's chain id (default ait-mainnet)."),
                                     QStringLiteral("ID")});
                    },
                    runHash});
const Command
    kTxVerifyCommand({{QStringLiteral("tx"), QStringLiteral("verify")},
                      QStringLiteral("Check the Ed25519 signature of a POST body against its public_key"),
                      [](QCommandLineParser& p) {
                          p.addPositionalArgument(QStringLiteral("FILE"),
                                                  QStringLiteral("POST body (JSON), or - for stdin."));
                      },
                      runVerify});

QList<Command> txCommands() {
    return {kTxSignCommand, kTxHashCommand, kTxVerifyCommand};
}

} // namespace aitbc::cli
