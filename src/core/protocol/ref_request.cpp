#include "protocol/ref_request.h"

#include "json/canonical.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <cmath>

namespace aitbc::protocol {

namespace {

const QString kTransfer = QStringLiteral("TRANSFER");
const QString kReceiptClaim = QStringLiteral("RECEIPT_CLAIM");

bool allDigits(const QString& s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

/// Python truthiness of a JSON value: "", 0, 0.0, null, false, [] and {} are false.
bool truthy(const json::Value* v) {
    if (!v)
        return false;
    switch (v->type()) {
    case json::Value::Type::Null:
        return false;
    case json::Value::Type::Bool:
        return v->toBool();
    case json::Value::Type::Integer:
        return v->integerDigits() != "0" && v->integerDigits() != "-0";
    case json::Value::Type::Float:
        return v->toDouble() != 0.0;
    case json::Value::Type::String:
        return !v->toString().isEmpty();
    case json::Value::Type::Array:
        return !v->asArray().empty();
    case json::Value::Type::Object:
        return !v->asObject().empty();
    }
    return false;
}

ValidationError makeError(const QString& type, QStringList loc, const QString& msg, json::Value input,
                          json::Value ctx = {}) {
    return ValidationError{type, std::move(loc), msg, std::move(input), std::move(ctx)};
}

/// pydantic v2 lax `int` validation: ints, bools, floats without a fractional part and decimal strings
/// (surrounding whitespace and trailing ".0" allowed). Returns the error instead on failure.
std::optional<qint64> laxInt(const json::Value& v, const QString& field, const json::Value& input,
                             QList<ValidationError>* errors) {
    const QStringList loc{QStringLiteral("body"), field};
    switch (v.type()) {
    case json::Value::Type::Integer:
        if (auto i = v.toInt64())
            return i;
        break;
    case json::Value::Type::Bool:
        return v.toBool() ? 1 : 0;
    case json::Value::Type::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            errors->append(makeError(QStringLiteral("finite_number"), loc,
                                     QStringLiteral("Input should be a finite number"), input));
            return std::nullopt;
        }
        if (d != std::trunc(d)) {
            errors->append(makeError(
                QStringLiteral("int_from_float"), loc,
                QStringLiteral("Input should be a valid integer, got a number with a fractional part"),
                input));
            return std::nullopt;
        }
        if (std::fabs(d) < 9.0e18)
            return static_cast<qint64>(d);
        break;
    }
    case json::Value::Type::String: {
        static const QRegularExpression re(QStringLiteral("^\\s*([+-]?\\d+)(?:\\.0*)?\\s*$"));
        const auto m = re.match(v.toString());
        if (m.hasMatch()) {
            bool ok = false;
            const qint64 i = m.captured(1).toLongLong(&ok);
            if (ok)
                return i;
        }
        errors->append(makeError(
            QStringLiteral("int_parsing"), loc,
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"), input));
        return std::nullopt;
    }
    default:
        errors->append(makeError(QStringLiteral("int_type"), loc,
                                 QStringLiteral("Input should be a valid integer"), input));
        return std::nullopt;
    }
    // Out of the 64-bit range: a real node would accept it and then fail admission; we refuse it here.
    errors->append(makeError(
        QStringLiteral("int_parsing"), loc,
        QStringLiteral("Input should be a valid integer, unable to parse string as an integer"), input));
    return std::nullopt;
}

/// Python `int(x)` as `_normalize_transaction_data` applies it to amounts.
std::optional<qint64> pythonInt(const json::Value& v) {
    switch (v.type()) {
    case json::Value::Type::Integer:
        return v.toInt64();
    case json::Value::Type::Bool:
        return v.toBool() ? 1 : 0;
    case json::Value::Type::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) >= 9.0e18)
            return std::nullopt;
        return static_cast<qint64>(std::trunc(d));
    }
    case json::Value::Type::String: {
        static const QRegularExpression re(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
        if (!re.match(v.toString()).hasMatch())
            return std::nullopt;
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(i) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

json::Value ValidationError::toJson() const {
    json::Value locArray = json::Value::array();
    for (const QString& part : loc) {
        if (allDigits(part))
            locArray.append(json::Value::integerFromDigits(part.toLatin1()));
        else
            locArray.append(part);
    }
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("type"), type);
    out.insert(QStringLiteral("loc"), locArray);
    out.insert(QStringLiteral("msg"), msg);
    out.insert(QStringLiteral("input"), input);
    if (!ctx.isNull())
        out.insert(QStringLiteral("ctx"), ctx);
    return out;
}

std::optional<RefRequest> parseRefRequest(const json::Value& body, QList<ValidationError>* errors) {
    QList<ValidationError> local;
    QList<ValidationError>& errs = errors ? *errors : local;
    errs.clear();

    if (!body.isObject()) {
        errs.append(makeError(
            QStringLiteral("model_attributes_type"), {QStringLiteral("body")},
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"), body));
        return std::nullopt;
    }

    // The request model's "before" validator (§1.2): upper-cases the type, rejects unknown types and
    // transfers without a recipient (loc ["body"], input = the whole body, ctx {"error": {}}).
    const json::Value emptyCtx =
        json::Value(json::Value::Object{{QStringLiteral("error"), json::Value::object()}});
    QString upperType;
    if (const json::Value* t = body.find(QStringLiteral("type")); t && t->isString()) {
        upperType = t->toString().toUpper();
        if (upperType != kTransfer && upperType != kReceiptClaim) {
            errs.append(
                makeError(QStringLiteral("value_error"), {QStringLiteral("body")},
                          QStringLiteral("Value error, unsupported transaction type: %1").arg(upperType),
                          body, emptyCtx));
            return std::nullopt;
        }
    }
    json::Value payload;
    const json::Value* payloadIn = body.find(QStringLiteral("payload"));
    if (payloadIn && payloadIn->isObject()) {
        payload = *payloadIn;
        if (upperType == kTransfer) {
            const json::Value* rec = payload.find(QStringLiteral("recipient"));
            const json::Value* to = payload.find(QStringLiteral("to"));
            const json::Value recipient = truthy(rec) ? *rec : (truthy(to) ? *to : json::Value());
            if (!truthy(&recipient)) {
                errs.append(makeError(
                    QStringLiteral("value_error"), {QStringLiteral("body")},
                    QStringLiteral("Value error, transfer payload requires 'recipient' (or legacy 'to')"),
                    body, emptyCtx));
                return std::nullopt;
            }
            payload.insert(QStringLiteral("recipient"), recipient);
            if (!payload.contains(QStringLiteral("to")))
                payload.insert(QStringLiteral("to"), recipient);
            const bool hasAmount = payload.contains(QStringLiteral("amount"));
            const bool hasValue = payload.contains(QStringLiteral("value"));
            if (!hasAmount && hasValue)
                payload.insert(QStringLiteral("amount"), payload[QStringLiteral("value")]);
            if (!hasValue && hasAmount)
                payload.insert(QStringLiteral("value"), payload[QStringLiteral("amount")]);
        }
    }

    RefRequest req;
    auto missing = [&](const QString& field) {
        errs.append(makeError(QStringLiteral("missing"), {QStringLiteral("body"), field},
                              QStringLiteral("Field required"), body));
    };
    auto stringField = [&](const QString& field, const json::Value* v) -> std::optional<QString> {
        if (!v->isString()) {
            errs.append(makeError(QStringLiteral("string_type"), {QStringLiteral("body"), field},
                                  QStringLiteral("Input should be a valid string"), *v));
            return std::nullopt;
        }
        return v->toString();
    };

    if (const json::Value* t = body.find(QStringLiteral("type")); !t)
        missing(QStringLiteral("type"));
    else if (stringField(QStringLiteral("type"), t))
        req.type = upperType;

    const json::Value* from = body.find(QStringLiteral("from"));
    if (!from)
        from = body.find(QStringLiteral("sender"));
    if (!from) {
        missing(QStringLiteral("from"));
    } else if (auto s = stringField(QStringLiteral("from"), from)) {
        if (s->isEmpty())
            errs.append(makeError(QStringLiteral("string_too_short"),
                                  {QStringLiteral("body"), QStringLiteral("from")},
                                  QStringLiteral("String should have at least 1 character"), *from,
                                  json::Value(json::Value::Object{{QStringLiteral("min_length"), 1}})));
        else
            req.from = s->trimmed();
    }

    if (const json::Value* n = body.find(QStringLiteral("nonce")); !n)
        missing(QStringLiteral("nonce"));
    else if (auto i = laxInt(*n, QStringLiteral("nonce"), *n, &errs))
        req.nonce = *i;

    if (const json::Value* f = body.find(QStringLiteral("fee")); !f) {
        missing(QStringLiteral("fee"));
    } else if (auto i = laxInt(*f, QStringLiteral("fee"), *f, &errs)) {
        if (*i < 0)
            errs.append(makeError(QStringLiteral("greater_than_equal"),
                                  {QStringLiteral("body"), QStringLiteral("fee")},
                                  QStringLiteral("Input should be greater than or equal to 0"), *f,
                                  json::Value(json::Value::Object{{QStringLiteral("ge"), 0}})));
        else
            req.fee = *i;
    }

    if (!payloadIn)
        missing(QStringLiteral("payload"));
    else if (!payloadIn->isObject())
        errs.append(makeError(QStringLiteral("dict_type"),
                              {QStringLiteral("body"), QStringLiteral("payload")},
                              QStringLiteral("Input should be a valid dictionary"), *payloadIn));
    else
        req.payload = payload;

    if (const json::Value* sig = body.find(QStringLiteral("sig")); sig && !sig->isNull()) {
        if (stringField(QStringLiteral("sig"), sig))
            req.sig = *sig;
    }

    if (!errs.isEmpty())
        return std::nullopt;
    return req;
}

std::optional<json::Value> normalizeRef(const RefRequest& request, const QString& chainId,
                                        AdmissionError* error) {
    auto fail = [&](const QString& reason) -> std::optional<json::Value> {
        if (error)
            error->reason = reason;
        return std::nullopt;
    };
    const json::Value& payload = request.payload;
    qint64 amount = 0;
    if (const json::Value* a = payload.find(QStringLiteral("amount"))) {
        const auto i = pythonInt(*a);
        if (!i)
            return fail(QStringLiteral("transaction.amount must be an integer"));
        amount = *i;
    }
    if (amount < 0)
        return fail(QStringLiteral("transaction.amount must be non-negative"));
    if (request.nonce < 0)
        return fail(QStringLiteral("transaction.nonce must be non-negative"));
    if (request.fee < 0)
        return fail(QStringLiteral("transaction.fee must be non-negative"));

    json::Value to;
    if (const json::Value* t = payload.find(QStringLiteral("to")); t && t->isString())
        to = t->toString().trimmed();
    else if (const json::Value* r = payload.find(QStringLiteral("recipient")); r && r->isString())
        to = r->toString().trimmed();
    else if (request.type == kTransfer)
        return fail(QStringLiteral("transaction.to must be a string"));
    else
        to = QString();

    json::Value out = json::Value::object();
    out.insert(QStringLiteral("chain_id"), chainId);
    out.insert(QStringLiteral("type"), request.type);
    out.insert(QStringLiteral("from"), request.from);
    out.insert(QStringLiteral("to"), to);
    out.insert(QStringLiteral("amount"), amount);
    out.insert(QStringLiteral("value"), amount);
    out.insert(QStringLiteral("fee"), request.fee);
    out.insert(QStringLiteral("nonce"), request.nonce);
    out.insert(QStringLiteral("payload"), payload);
    out.insert(QStringLiteral("signature"), request.sig);
    return out;
}

QString nodeTransactionHash(const json::Value& normalized) {
    const QByteArray digest =
        QCryptographicHash::hash(json::dumpCompact(normalized), QCryptographicHash::Sha256);
    return QStringLiteral("0x") + QString::fromLatin1(digest.toHex());
}

Result<QString> predictNodeHash(const json::Value& body, const QString& chainId) {
    QList<ValidationError> errors;
    const auto request = parseRefRequest(body, &errors);
    if (!request) {
        QStringList parts;
        for (const ValidationError& e : errors)
            parts << QStringLiteral("%1: %2").arg(e.loc.join(QLatin1Char('.')), e.msg);
        return Error{QStringLiteral("422 ") + parts.join(QStringLiteral("; "))};
    }
    AdmissionError admission;
    const auto normalized = normalizeRef(*request, chainId, &admission);
    if (!normalized)
        return Error{QStringLiteral("400 Failed to submit transaction: ") + admission.reason};
    return nodeTransactionHash(*normalized);
}

} // namespace aitbc::protocol
