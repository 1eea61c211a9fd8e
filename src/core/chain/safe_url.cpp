#include "chain/safe_url.h"

#include <QRegularExpression>

namespace aitbc::chain {

QString urlForDisplay(const QUrl& url, QUrl::FormattingOptions extra) {
    return url.toString(QUrl::RemoveUserInfo | extra);
}

QString urlForDisplay(const QString& text) {
    const QUrl url(text);
    if (url.isValid() && !url.host().isEmpty())
        return urlForDisplay(url);
    // Not a URL Qt understands: cut "user:pw@" out of "scheme://user:pw@host..." by hand.
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#]*@"));
    QString out = text;
    const auto m = userInfo.match(out);
    if (m.hasMatch())
        out.replace(0, m.capturedLength(0), m.captured(1));
    return out;
}

bool hasUserInfo(const QString& text) {
    const QUrl url(text);
    if (url.isValid() && !url.userInfo().isEmpty())
        return true;
    return urlForDisplay(text) != text && !url.isValid();
}

} // namespace aitbc::chain
