#include "chain/rpc_transport.h"

#include "chain/chain_log.h"
#include "chain/rpc_parse.h"
#include "chain/safe_url.h"
#include "json/parse.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace aitbc::chain {

namespace {

constexpr int kMaxRedirects = 5;

int defaultPort(const QUrl& url) {
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

NodeError makeError(NodeError::Kind kind, const QString& message, int status = 0) {
    NodeError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = status;
    return e;
}

/// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
int parseRetryAfter(const QByteArray& header) {
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return 60; // REF and HEAD both send 60 (§5.1, §5.3)
}

bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType) {
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray t = body.trimmed().left(64).toLower();
    return t.startsWith("<!doctype") || t.startsWith("<html") || t.startsWith("<head") ||
           t.startsWith("<body");
}

QString htmlTitle(const QByteArray& body) {
    static const QRegularExpression re(QStringLiteral("<title[^>]*>([^<]{1,120})</title>"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

QString shortBody(const QByteArray& body) {
    QString s = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        s += QStringLiteral("…");
    return s;
}

} // namespace

RpcTransport::RpcTransport(RpcOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

QNetworkAccessManager* RpcTransport::nam() {
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        if (m_options.proxy)
            m_nam->setProxy(*m_options.proxy);
        // Hosts that compress get inflated by QNAM; cap the inflated size too (a gzip bomb).
        m_nam->setAutoDeleteReplies(false);
    }
    return m_nam;
}

void RpcTransport::get(const QString& path, QUrlQuery query, Done done) {
    if (!m_options.chainId.isEmpty() && !query.hasQueryItem(QStringLiteral("chain_id")))
        query.addQueryItem(QStringLiteral("chain_id"), m_options.chainId);
    Request r;
    r.url = m_options.baseUrl;
    r.url.setPath(
        m_options.baseUrl.path().chopped(m_options.baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    r.url.setQuery(query);
    send(r, 0, std::move(done));
}

void RpcTransport::post(const QString& path, const QByteArray& jsonBody, Done done) {
    Request r;
    r.url = m_options.baseUrl;
    r.url.setPath(
        m_options.baseUrl.path().chopped(m_options.baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    r.isPost = true;
    r.body = jsonBody;
    send(r, 0, std::move(done));
}

void RpcTransport::send(const Request& request, int attempt, Done done) {
    if (!request.url.isValid() || request.url.scheme().isEmpty() || request.url.host().isEmpty()) {
        done({makeError(NodeError::Kind::Unreachable,
                        tr("invalid node URL '%1' (expected e.g. http://127.0.0.1:8006)")
                            .arg(urlForDisplay(m_options.baseUrl))),
              0,
              {}});
        return;
    }
    QNetworkRequest req(request.url);
    req.setRawHeader("Accept", "application/json");
    // No hand-made Accept-Encoding: QNAM then sends "gzip, deflate" itself and inflates the answer.
    // Redirects are followed only within the node's own origin (scheme, host and port): a node must not
    // be able to send this client, and the chain id in its queries, to another server.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(kMaxRedirects);
    req.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = nullptr;
    if (request.isPost) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = nam()->post(req, request.body);
    } else {
        reply = nam()->get(req);
    }
    struct Flags {
        bool timedOut = false;
        bool tooLarge = false;
        QUrl refusedRedirect;
    };
    auto flags = std::make_shared<Flags>();
    connect(reply, &QNetworkReply::redirected, reply, [reply, flags, from = request.url](const QUrl& to) {
        const QUrl target = from.resolved(to);
        if (target.scheme() == from.scheme() && target.host() == from.host() &&
            target.port(defaultPort(from)) == from.port(defaultPort(from))) {
            emit reply->redirectAllowed();
            return;
        }
        flags->refusedRedirect = target;
        reply->abort();
    });
    // transferTimeout only fires when no bytes flow; this deadline also ends a node that trickles.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, flags] {
        flags->timedOut = true;
        reply->abort();
    });
    deadline->start(m_options.timeoutMs);
    const qint64 cap = m_options.maxResponseBytes;
    const auto checkSize = [reply, flags, cap](qint64 received, qint64 total) {
        if (!flags->tooLarge && (received > cap || total > cap)) {
            flags->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, reply, checkSize);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, checkSize] {
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid())
            checkSize(0, len.toLongLong());
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        deadline->stop();
        if (!flags->refusedRedirect.isEmpty()) {
            done(
                {makeError(NodeError::Kind::BadResponse,
                           tr("%1 redirected to another server (%2); only redirects to the same scheme, host "
                              "and port are followed")
                               .arg(urlForDisplay(request.url, QUrl::RemoveQuery),
                                    urlForDisplay(flags->refusedRedirect, QUrl::RemoveQuery)),
                           reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()),
                 0,
                 {}});
        } else {
            finished(reply, request, attempt, flags->timedOut, flags->tooLarge, done);
        }
        reply->deleteLater();
    });
}

bool RpcTransport::retry(const Request& request, int attempt, int delayMs, const Done& done) {
    if (request.isPost || attempt >= m_options.maxRetries)
        return false;
    qCDebug(lcRpc).noquote() << "retrying" << urlForDisplay(request.url, QUrl::RemoveQuery) << "in" << delayMs
                             << "ms";
    QTimer::singleShot(delayMs, this, [this, request, attempt, done] { send(request, attempt + 1, done); });
    return true;
}

void RpcTransport::finished(QNetworkReply* reply, const Request& request, int attempt, bool timedOut,
                            bool tooLarge, Done done) {
    const QString where = urlForDisplay(request.url, QUrl::RemoveQuery);
    const int backoff = m_options.backoffMs * (1 << std::min(attempt, 8));
    RpcReply out;
    if (tooLarge) {
        out.error =
            makeError(NodeError::Kind::BadResponse, tr("response larger than %1 MB from %2, ignored")
                                                        .arg(m_options.maxResponseBytes / (1024 * 1024))
                                                        .arg(where));
        done(out);
        return;
    }
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool timeoutError = timedOut || reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
    if (timeoutError && !statusAttr.isValid()) {
        if (retry(request, attempt, backoff, done))
            return;
        out.error =
            makeError(NodeError::Kind::Timeout,
                      tr("no answer from %1 within %2 s").arg(where).arg(m_options.timeoutMs / 1000.0));
        done(out);
        return;
    }
    if (!statusAttr.isValid()) {
        if (retry(request, attempt, backoff, done))
            return;
        const bool proxy = reply->error() >= QNetworkReply::ProxyConnectionRefusedError &&
                           reply->error() <= QNetworkReply::UnknownProxyError;
        out.error =
            makeError(NodeError::Kind::Unreachable,
                      proxy ? tr("cannot reach %1 through the proxy: %2").arg(where, reply->errorString())
                            : tr("cannot reach node %1: %2").arg(where, reply->errorString()));
        done(out);
        return;
    }
    out.status = statusAttr.toInt();
    const QByteArray body = reply->readAll();
    if (body.size() > m_options.maxResponseBytes) {
        out.error = makeError(NodeError::Kind::BadResponse,
                              tr("response larger than %1 MB from %2, ignored")
                                  .arg(m_options.maxResponseBytes / (1024 * 1024))
                                  .arg(where),
                              out.status);
        done(out);
        return;
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const bool html = looksLikeHtml(body, contentType);
    json::Value parsed;
    json::ParseError parseError;
    json::ParseOptions bounds; // the parser's defaults, on an answer no larger than maxResponseBytes
    bounds.maxInputBytes = m_options.maxResponseBytes;
    const bool isJson = !html && !body.isEmpty() && json::parse(body, parsed, &parseError, bounds);

    if (out.status >= 200 && out.status < 300) {
        if (html) {
            const QString title = htmlTitle(body);
            out.error =
                makeError(NodeError::Kind::BadResponse,
                          title.isEmpty() ? tr("%1 answered with an HTML page instead of JSON (HTTP %2): "
                                               "is this the node's RPC address?")
                                                .arg(where)
                                                .arg(out.status)
                                          : tr("%1 answered with an HTML page \"%2\" instead of JSON "
                                               "(HTTP %3): is this the node's RPC address?")
                                                .arg(where, title)
                                                .arg(out.status),
                          out.status);
        } else if (body.isEmpty()) {
            out.error =
                makeError(NodeError::Kind::BadResponse, tr("%1 sent an empty answer").arg(where), out.status);
        } else if (!isJson && parseError.limit != json::ParseLimit::None) {
            out.error = makeError(NodeError::Kind::BadResponse,
                                  tr("%1 sent an answer beyond the JSON limits, ignored: %2 at byte %3")
                                      .arg(where, parseError.message)
                                      .arg(parseError.offset),
                                  out.status);
        } else if (!isJson) {
            out.error = makeError(NodeError::Kind::BadResponse,
                                  tr("%1 sent invalid JSON (%2 at byte %3): %4")
                                      .arg(where, parseError.message)
                                      .arg(parseError.offset)
                                      .arg(shortBody(body)),
                                  out.status);
        } else {
            out.body = std::move(parsed);
        }
        done(out);
        return;
    }

    const QString detail = isJson ? wire::errorDetail(parsed) : QString();
    const QString shown = !detail.isEmpty() ? detail
                          : html            ? tr("HTML error page \"%1\"").arg(htmlTitle(body))
                                            : shortBody(body);
    switch (out.status) {
    case 400:
    case 422:
        // Shown to the user as the node wrote it (§5.1: FastAPI detail).
        out.error = makeError(NodeError::Kind::Rejected,
                              shown.isEmpty() ? tr("HTTP %1").arg(out.status) : shown, out.status);
        break;
    case 404:
        out.error = makeError(NodeError::Kind::NotFound,
                              detail.isEmpty() ? tr("not found: %1").arg(where) : detail, out.status);
        break;
    case 429: {
        const int wait = parseRetryAfter(reply->rawHeader("Retry-After"));
        if (wait <= m_options.maxRetryAfterSeconds && retry(request, attempt, wait * 1000, done))
            return;
        out.error = makeError(NodeError::Kind::RateLimited,
                              tr("the node's rate limit was exceeded (%1); retry in %2 s")
                                  .arg(detail.isEmpty() ? tr("HTTP 429") : detail)
                                  .arg(wait),
                              out.status);
        out.error.retryAfterSeconds = wait;
        break;
    }
    case 502:
    case 503:
    case 504:
        if (retry(request, attempt, backoff, done))
            return;
        [[fallthrough]];
    default:
        out.error = makeError(NodeError::Kind::Http,
                              tr("%1 failed with HTTP %2%3")
                                  .arg(where)
                                  .arg(out.status)
                                  .arg(shown.isEmpty() ? QString() : QStringLiteral(": ") + shown),
                              out.status);
    }
    done(out);
}

} // namespace aitbc::chain
