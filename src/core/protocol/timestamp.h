#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace aitbc::protocol {

/// A UTC instant with the microsecond precision the REF node keeps (QDateTime stops at milliseconds,
/// and block hashes cover the microseconds, protocol.md §7.4). Renders every text form the node writes.
struct MicroTime {
    qint64 usecSinceEpoch = 0;

    static MicroTime now();
    static MicroTime fromUsec(qint64 usec) { return MicroTime{usec}; }
    /// Parses what nodes and databases write: `YYYY-MM-DD[T ]HH:MM:SS[.f{1,6}][Z|+00:00|±HH:MM]`.
    /// An offset is applied, so the result is always UTC; a missing offset means naive UTC.
    static std::optional<MicroTime> parse(QStringView text);

    int microsecond() const;
    /// `YYYY-MM-DD HH:MM:SS.ffffff`: SQLAlchemy's DateTime storage in chain.db (always six digits).
    QString dbText() const;
    /// Python `isoformat()` of the naive datetime: `YYYY-MM-DDTHH:MM:SS[.ffffff]` (fraction dropped when 0),
    /// as the RPC renders block and row times.
    QString isoNaive() const;
    /// Python `isoformat()` of the tz-aware datetime: isoNaive() + `+00:00`; the block-hash input (§7.4).
    QString isoAware() const;
    /// Python's sqlite3 datetime adapter (`isoformat(" ")` of the aware datetime), as written to
    /// `transaction.timestamp`: `YYYY-MM-DD HH:MM:SS[.ffffff]+00:00`.
    QString sqliteAdapterText() const;

    bool operator==(const MicroTime&) const = default;
    auto operator<=>(const MicroTime&) const = default;
};

} // namespace aitbc::protocol
