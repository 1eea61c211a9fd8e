#include "devnet/block_hash.h"

#include <QCryptographicHash>

#include <algorithm>

namespace aitbc::protocol {

QString genesisParentHash() {
    return QStringLiteral("0x00");
}

QString genesisProposer() {
    return QStringLiteral("genesis");
}

QString genesisTimestampIso() {
    return QStringLiteral("2025-01-01T00:00:00");
}

MicroTime genesisTime() {
    return *MicroTime::parse(u"2025-01-01T00:00:00");
}

QString computeBlockHash(const QString& chainId, qint64 height, const QString& parentHash,
                         const QString& timestampText, QStringList txHashes) {
    // Python sorts str by code point; tx hashes are ASCII hex, where that equals byte order.
    std::sort(txHashes.begin(), txHashes.end());
    const QString preimage = QStringLiteral("%1|%2|%3|%4|%5")
                                 .arg(chainId, QString::number(height), parentHash, timestampText,
                                      txHashes.join(QLatin1Char('|')));
    return QStringLiteral("0x") +
           QString::fromLatin1(
               QCryptographicHash::hash(preimage.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString genesisBlockHash(const QString& chainId) {
    return computeBlockHash(chainId, kGenesisHeight, genesisParentHash(), genesisTimestampIso(), {});
}

QString recomputeStoredBlockHash(const QString& chainId, qint64 height, const QString& parentHash,
                                 const QString& timestampText, const QStringList& txHashes) {
    if (height == kGenesisHeight)
        return computeBlockHash(chainId, height, parentHash, genesisTimestampIso(), txHashes);
    const auto t = MicroTime::parse(timestampText);
    if (!t)
        return {};
    return computeBlockHash(chainId, height, parentHash, blockHashTimestamp(*t), txHashes);
}

} // namespace aitbc::protocol
