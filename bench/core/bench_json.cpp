// bench_json: parse time of a 1 MiB JSON object with many distinct keys, side by side with 1 MiB objects
// of few keys in the same run. A hostile node, chain payload or keystore chooses the shape of what we
// parse, so a document of many keys has to cost about what a normal document of the same size costs.
//
//   many keys     {"000000":0,"000001":0,...}            one member per 11 bytes (~95 000 keys per MiB)
//   few keys      {"k0":["000000",0,"000001",0,...],...}  8 keys, the same strings and numbers in arrays
//   long strings  {"k0":"xxxx...",...}                    8 keys of 128 KiB strings (raw throughput)
//
// The ratio many/few should stay near 1 (a linear parser); a parser that searches the member list for
// every key makes it grow with the number of keys. Options: --json (one JSON object of the figures),
// --runs N (median of N parses, default 7), --bytes N (document size, default 1048576).
// Figures are medians on whatever machine runs them; nothing here asserts a speed.
#include "json/parse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace aitbc;

namespace {

QByteArray sixHex(qsizetype i) {
    return QByteArray::number(i, 16).rightJustified(6, '0');
}

/// {"000000":0,...} of about `bytes` bytes; `members` receives the number of keys.
QByteArray manyKeys(qsizetype bytes, qsizetype& members) {
    QByteArray out;
    out.reserve(bytes + 16);
    out += '{';
    members = 0;
    while (out.size() + 12 < bytes) {
        if (members)
            out += ',';
        out += '"' + sixHex(members) + "\":0";
        ++members;
    }
    out += '}';
    return out;
}

/// 8 keys whose arrays hold the same `items` strings as the keys above, each followed by a 0: the same
/// bytes, strings and numbers, only in arrays instead of one object.
QByteArray fewKeysSmallItems(qsizetype items) {
    QByteArray out = "{";
    const qsizetype perKey = items / 8;
    for (int k = 0; k < 8; ++k) {
        out += (k ? ",\"k" : "\"k") + QByteArray::number(k) + "\":[";
        for (qsizetype i = 0; i < perKey; ++i) {
            if (i)
                out += ',';
            out += '"' + sixHex(k * perKey + i) + "\",0";
        }
        out += ']';
    }
    out += '}';
    return out;
}

QByteArray fewKeysLongStrings(qsizetype bytes) {
    QByteArray out = "{";
    const qsizetype each = bytes / 8 - 8;
    for (int k = 0; k < 8; ++k)
        out += (k ? ",\"k" : "\"k") + QByteArray::number(k) + "\":\"" + QByteArray(each, 'x') + '"';
    out += '}';
    return out;
}

/// One parse, in milliseconds; aborts if the document does not parse (a broken bench).
double parseMs(const QByteArray& doc) {
    QElapsedTimer timer;
    timer.start();
    json::Value v;
    json::ParseError e;
    json::ParseOptions unbounded; // the bench measures the parser's speed, not its limits
    unbounded.maxObjectMembers = 1 << 30;
    unbounded.maxTotalValues = 1 << 30;
    const bool ok = json::parse(doc, v, &e, unbounded);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!ok || !v.isObject()) {
        std::fprintf(stderr, "bench document did not parse: %s\n", qPrintable(e.message));
        std::exit(1);
    }
    return ms;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool asJson = args.contains(QStringLiteral("--json"));
    int runs = 7;
    qsizetype bytes = 1024 * 1024;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--bytes"))
            bytes = std::max<qsizetype>(1024, args[i + 1].toLongLong());
    }

    qsizetype members = 0;
    const QByteArray many = manyKeys(bytes, members);
    const QByteArray few = fewKeysSmallItems(members);
    const QByteArray longStrings = fewKeysLongStrings(bytes);

    // Interleaved, after one untimed round, so that the documents share the machine's state (allocator
    // arenas, caches, other load) instead of one running first on cold memory.
    for (const QByteArray* doc : {&many, &few, &longStrings})
        parseMs(*doc);
    std::vector<double> manyTimes, fewTimes, longTimes;
    for (int i = 0; i < runs; ++i) {
        manyTimes.push_back(parseMs(many));
        fewTimes.push_back(parseMs(few));
        longTimes.push_back(parseMs(longStrings));
    }
    const double manyMs = median(manyTimes);
    const double fewMs = median(fewTimes);
    const double longMs = median(longTimes);
    const double ratio = fewMs > 0 ? manyMs / fewMs : 0.0;

    if (asJson) {
        QJsonObject o;
        o[QStringLiteral("runs")] = runs;
        o[QStringLiteral("many_keys_bytes")] = qint64(many.size());
        o[QStringLiteral("many_keys_members")] = qint64(members);
        o[QStringLiteral("many_keys_ms")] = manyMs;
        o[QStringLiteral("few_keys_bytes")] = qint64(few.size());
        o[QStringLiteral("few_keys_ms")] = fewMs;
        o[QStringLiteral("long_strings_bytes")] = qint64(longStrings.size());
        o[QStringLiteral("long_strings_ms")] = longMs;
        o[QStringLiteral("ratio_many_to_few")] = ratio;
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("bench_json: json::parse of objects of the same size, median of %d runs\n\n", runs);
    std::printf("%-40s %10s %10s %10s\n", "document", "bytes", "members", "parse ms");
    std::printf("%-40s %10lld %10lld %10.2f\n", "many keys (one member per 11 bytes)", qlonglong(many.size()),
                qlonglong(members), manyMs);
    std::printf("%-40s %10lld %10d %10.2f\n", "few keys, same items in arrays", qlonglong(few.size()), 8,
                fewMs);
    std::printf("%-40s %10lld %10d %10.2f\n", "few keys, long strings", qlonglong(longStrings.size()), 8,
                longMs);
    std::printf("\nratio many keys / few keys: %.2f (near 1: the cost depends on the size, not the shape)\n",
                ratio);
    return 0;
}
