#pragma once

#include <QString>
#include <QUrl>

namespace aitbc::chain {

/// A URL as it may be logged, shown or stored: without user name and password (http://user:pw@host
/// must never put the password into an error message, a log line or a settings file).
QString urlForDisplay(const QUrl& url, QUrl::FormattingOptions extra = QUrl::None);
/// The same for a URL typed by someone: also when it does not parse, anything between "//" and "@"
/// before the host is cut out.
QString urlForDisplay(const QString& text);
/// Whether `text` carries a user name or password.
bool hasUserInfo(const QString& text);

} // namespace aitbc::chain
