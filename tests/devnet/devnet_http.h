#pragma once

// Blocking HTTP helpers for devnet tests. The nodes run in their own threads, so a test may wait here.
#include "json/parse.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace aitbc::test {

struct HttpResult {
    int status = 0; ///< 0: no answer
    QByteArray body;
    QByteArray contentType;
    json::Value json; ///< null when the body is not JSON
};

inline HttpResult httpRequest(const QUrl& base, const QByteArray& method, const QString& pathAndQuery,
                              const QByteArray& body = {},
                              const QByteArray& contentType = "application/json") {
    static thread_local QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base.resolved(QUrl(pathAndQuery));
    QNetworkRequest req(url);
    req.setTransferTimeout(15000);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    json::parse(r.body, r.json);
    reply->deleteLater();
    return r;
}

inline HttpResult httpGet(const QUrl& base, const QString& path) {
    return httpRequest(base, "GET", path, {}, {});
}

inline HttpResult httpPost(const QUrl& base, const QString& path, const QByteArray& body,
                           const QByteArray& contentType = "application/json") {
    return httpRequest(base, "POST", path, body, contentType);
}

/// Sends raw bytes and returns whatever comes back before the server closes or `ms` pass.
inline QByteArray rawExchange(quint16 port, const QByteArray& bytes, int ms = 3000) {
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(3000))
        return {};
    s.write(bytes);
    s.waitForBytesWritten(3000);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && s.state() == QAbstractSocket::ConnectedState) {
        if (s.waitForReadyRead(100))
            out += s.readAll();
        if (out.contains("\r\n\r\n")) {
            // Stop once a complete response with its body is in.
            const qsizetype end = out.indexOf("\r\n\r\n");
            const qsizetype cl = out.toLower().indexOf("content-length: ");
            if (cl >= 0 && cl < end) {
                const qsizetype eol = out.indexOf("\r\n", cl);
                const qint64 len = out.mid(cl + 16, eol - cl - 16).toLongLong();
                if (out.size() >= end + 4 + len)
                    break;
            }
        }
    }
    out += s.readAll();
    return out;
}

} // namespace aitbc::test
