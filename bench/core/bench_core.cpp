// bench_core: transactions signed per second and keystore unlock time, side by side with AITBC's Python
// way of doing the same (Debian's python3-cryptography) and with OpenSSL's PKCS5_PBKDF2_HMAC called directly.
//
// It also measures signing alone (object built, canonical JSON, Ed25519, POST body) against raw OpenSSL
// Ed25519 signing of the same bytes with a reused key and context, interleaved in short slices so that
// load from other processes hits both sides alike. `--json` prints one JSON object of the figures (and
// skips the Python side); `--seconds S` shortens the timed runs (the CTest smoke run uses it).
//
// Figures are medians / sustained rates on whatever machine runs them; nothing here asserts a speed.
#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/primitives.h"
#include "keystore/keystore.h"
#include "protocol/ref_request.h"
#include "tx/transaction.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace aitbc;

namespace {

double kTxSeconds = 3.0;
constexpr int kUnlockRuns = 7;
const char kPassword[] = "correct horse battery staple";

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

tx::RefTransfer messageTransfer(qint64 n) {
    tx::RefTransfer t;
    t.from = QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d630");
    t.to = QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c");
    t.nonce = n;
    t.message = QStringLiteral("ping %1").arg(n);
    return t;
}

/// Builds, signs (canonical JSON + Ed25519) and predicts the node hash of message transactions.
double cppTxPerSecond() {
    const auto key = crypto::Ed25519Key::fromSeed(
        *crypto::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    qint64 n = 0;
    QElapsedTimer timer;
    timer.start();
    QString last;
    while (true) {
        const tx::SignedTransaction s = tx::sign(tx::refSignedObject(messageTransfer(n)), *key);
        const QString clientHash = QString::fromLatin1(crypto::toHex(crypto::sha256(s.signedString)));
        const auto hash = protocol::predictNodeHash(s.body, tx::kDefaultChainId);
        last = (hash ? *hash : hash.error().message) + clientHash;
        ++n;
        if ((n & 63) == 0 && timer.nsecsElapsed() >= qint64(kTxSeconds * 1e9))
            break;
    }
    if (last.isEmpty())
        std::abort();
    return double(n) / (double(timer.nsecsElapsed()) / 1e9);
}

struct SignRates {
    double ours = 0;    ///< tx::sign(refSignedObject(...)) per second
    double openssl = 0; ///< EVP_DigestSign of the same signed string per second, key and context reused
};

/// Alternates 50 ms slices of our signing and raw OpenSSL signing for `seconds` in total, so that both
/// sides see the same machine load.
SignRates signRates(double seconds) {
    const auto key = crypto::Ed25519Key::fromSeed(
        *crypto::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    const QByteArray seed =
        *crypto::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    EVP_PKEY* pkey = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.constData()), 32);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    if (!pkey || !ctx || EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, pkey) != 1)
        std::abort();
    QByteArray message = tx::sign(tx::refSignedObject(messageTransfer(0)), *key).signedString;
    qint64 oursN = 0, oursNs = 0, sslN = 0, sslNs = 0;
    unsigned char sig[64];
    int sink = 0;
    const qint64 slice = 50'000'000;
    while (double(oursNs + sslNs) / 1e9 < seconds) {
        QElapsedTimer t;
        t.start();
        qint64 k = 0;
        while ((k & 15) != 0 || t.nsecsElapsed() < slice) {
            const tx::SignedTransaction s = tx::sign(tx::refSignedObject(messageTransfer(oursN + k)), *key);
            sink += s.signature.at(0);
            ++k;
        }
        oursNs += t.nsecsElapsed();
        oursN += k;
        t.restart();
        k = 0;
        while ((k & 15) != 0 || t.nsecsElapsed() < slice) {
            message[message.size() / 2] = char('0' + (k % 10)); // a different message each time
            std::size_t len = sizeof sig;
            if (EVP_DigestSign(ctx, sig, &len, reinterpret_cast<const unsigned char*>(message.constData()),
                               std::size_t(message.size())) != 1)
                std::abort();
            sink += sig[0];
            ++k;
        }
        sslNs += t.nsecsElapsed();
        sslN += k;
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    if (sink == 42)
        std::printf(" ");
    return {double(oursN) / (double(oursNs) / 1e9), double(sslN) / (double(sslNs) / 1e9)};
}

double cppUnlockSeconds(const QByteArray& file) {
    std::vector<double> times;
    for (int i = 0; i < kUnlockRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto k = keystore::unlock(file, kPassword);
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!k)
            std::abort();
    }
    return median(times);
}

double opensslPbkdf2Seconds(const QByteArray& file) {
    const auto doc = *json::parse(file);
    const QByteArray salt =
        *crypto::fromHex(doc[QStringLiteral("crypto")][QStringLiteral("kdfparams")][QStringLiteral("salt")]
                             .toString()
                             .toLatin1());
    std::vector<double> times;
    unsigned char out[32];
    for (int i = 0; i < kUnlockRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        PKCS5_PBKDF2_HMAC(kPassword, int(sizeof kPassword - 1),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), 100000,
                          EVP_sha256(), 32, out);
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return median(times);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString keystorePath =
        QStringLiteral(AITBC_TESTDATA_DIR "/vectors/keystores/cli_create_wallet_keyA.json");
    QFile f(keystorePath);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(keystorePath));
        return 1;
    }
    const QByteArray file = f.readAll();
    const QStringList args = app.arguments();
    const bool jsonOut = args.contains(QStringLiteral("--json"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i >= 0 && i + 1 < args.size())
        kTxSeconds = std::max(0.05, args.at(i + 1).toDouble());

    if (!jsonOut)
        std::printf("bench_core: REF transaction signing and keystore unlock (vector key A)\n");
    const SignRates rates = signRates(kTxSeconds);
    const double cppTx = cppTxPerSecond();
    const double cppUnlock = cppUnlockSeconds(file);
    const double sslPbkdf2 = opensslPbkdf2Seconds(file);
    if (jsonOut) {
        std::printf("{\"sign_per_s\": %.0f, \"openssl_sign_per_s\": %.0f, \"sign_vs_openssl\": %.4f, "
                    "\"tx_with_hashes_per_s\": %.0f, \"unlock_ms\": %.1f, \"openssl_pbkdf2_ms\": %.1f}\n",
                    rates.ours, rates.openssl, rates.openssl > 0 ? rates.ours / rates.openssl : 0.0, cppTx,
                    cppUnlock * 1e3, sslPbkdf2 * 1e3);
        return 0;
    }

    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral(AITBC_BENCH_PY), keystorePath, QString::fromLatin1(kPassword),
              QString::number(kTxSeconds), QString::number(kUnlockRuns)});
    double pyTx = 0;
    double pyUnlock = 0;
    QString pyVersion = QStringLiteral("unavailable");
    if (py.waitForFinished(120000) && py.exitCode() == 0) {
        const auto v = json::parse(py.readAllStandardOutput().trimmed());
        if (v) {
            pyTx = (*v)[QStringLiteral("tx_per_second")].toDouble();
            pyUnlock = (*v)[QStringLiteral("unlock_median_seconds")].toDouble();
            pyVersion = QStringLiteral("Python %1, cryptography %2")
                            .arg((*v)[QStringLiteral("python")].toString(),
                                 (*v)[QStringLiteral("cryptography")].toString());
        }
    } else {
        std::fprintf(stderr, "python side failed: %s\n", py.readAllStandardError().constData());
    }

    std::printf("Python side: %s\n\n", qPrintable(pyVersion));
    std::printf("%-44s %14s %14s %8s\n", "measure", "C++ (this)", "Python", "ratio");
    std::printf("%-44s %14.0f %14s %7.2fx\n", "signed tx/s (object+JSON+Ed25519+body)", rates.ours, "-",
                rates.openssl > 0 ? rates.ours / rates.openssl : 0.0);
    std::printf("%-44s %14.0f %14s %8s\n", "raw OpenSSL Ed25519 signs/s (same bytes)", rates.openssl, "-",
                "");
    std::printf("%-44s %14.0f %14.0f %7.2fx\n", "signed tx/s (canonical JSON+Ed25519+hashes)", cppTx, pyTx,
                pyTx > 0 ? cppTx / pyTx : 0.0);
    std::printf("%-44s %12.1fms %12.1fms %7.2fx\n", "keystore unlock (PBKDF2 100000 + AES-GCM)",
                cppUnlock * 1e3, pyUnlock * 1e3, cppUnlock > 0 ? pyUnlock / cppUnlock : 0.0);
    std::printf("%-44s %12.1fms %14s %7.2fx\n", "OpenSSL PKCS5_PBKDF2_HMAC alone (same params)",
                sslPbkdf2 * 1e3, "-", sslPbkdf2 > 0 ? cppUnlock / sslPbkdf2 : 0.0);
    std::printf(
        "\n(ratio: how many times faster the C++ figure is; first row: our signing rate / raw OpenSSL's;"
        " last row: unlock time / raw PBKDF2 time)\n");
    return 0;
}
