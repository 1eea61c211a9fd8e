#include "protocol/timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <chrono>

namespace aitbc::protocol {

namespace {

constexpr qint64 kUsecPerSec = 1000000;
constexpr qint64 kUsecPerDay = 86400 * kUsecPerSec;

qint64 floorDiv(qint64 a, qint64 b) {
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QString dateTimePart(qint64 usec, QChar separator) {
    const qint64 days = floorDiv(usec, kUsecPerDay);
    const qint64 inDay = usec - days * kUsecPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const qint64 secs = inDay / kUsecPerSec;
    return QStringLiteral("%1-%2-%3%4%5:%6:%7")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString fraction(int micro) {
    return QStringLiteral(".%1").arg(micro, 6, 10, QLatin1Char('0'));
}

} // namespace

MicroTime MicroTime::now() {
    // QDateTime has milliseconds only; std::chrono gives the microseconds the node stores.
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return MicroTime{std::chrono::duration_cast<std::chrono::microseconds>(since).count()};
}

std::optional<MicroTime> MicroTime::parse(QStringView text) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T "
                       "](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?(Z|[+-]\\d{2}:?\\d{2})?\\s*$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const int h = m.capturedView(4).toInt(), mi = m.capturedView(5).toInt(), s = m.capturedView(6).toInt();
    if (!date.isValid() || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    QString frac = m.captured(7);
    while (frac.size() < 6)
        frac += QLatin1Char('0');
    qint64 usec = QDate(1970, 1, 1).daysTo(date) * kUsecPerDay + (h * 3600 + mi * 60 + s) * kUsecPerSec +
                  frac.toLongLong();
    const QString offset = m.captured(8);
    if (!offset.isEmpty() && offset != QLatin1String("Z")) {
        const QString digits = offset.mid(1).remove(QLatin1Char(':'));
        const int oh = digits.left(2).toInt(), om = digits.mid(2).toInt();
        const qint64 off = (oh * 3600 + om * 60) * kUsecPerSec;
        usec += offset.startsWith(QLatin1Char('+')) ? -off : off;
    }
    return MicroTime{usec};
}

int MicroTime::microsecond() const {
    return static_cast<int>(usecSinceEpoch - floorDiv(usecSinceEpoch, kUsecPerSec) * kUsecPerSec);
}

QString MicroTime::dbText() const {
    return dateTimePart(usecSinceEpoch, QLatin1Char(' ')) + fraction(microsecond());
}

QString MicroTime::isoNaive() const {
    const int micro = microsecond();
    return dateTimePart(usecSinceEpoch, QLatin1Char('T')) + (micro ? fraction(micro) : QString());
}

QString MicroTime::isoAware() const {
    return isoNaive() + QStringLiteral("+00:00");
}

QString MicroTime::sqliteAdapterText() const {
    const int micro = microsecond();
    return dateTimePart(usecSinceEpoch, QLatin1Char(' ')) + (micro ? fraction(micro) : QString()) +
           QStringLiteral("+00:00");
}

} // namespace aitbc::protocol
