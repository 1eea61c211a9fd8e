#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace aitbc::chain::binary {

// Numbers are written in the machine's byte order: the files are caches of this machine, never shared,
// and a file from another machine fails the identity check anyway.

/// Appends fixed-size numbers and length-prefixed strings to a byte array.
class Writer {
public:
    void u8(quint8 v) { m_out.append(char(v)); }
    void u32(quint32 v) { raw(&v, sizeof v); }
    void i64(qint64 v) { raw(&v, sizeof v); }
    void bytes(QByteArrayView b) {
        u32(quint32(b.size()));
        m_out.append(b.data(), b.size());
    }
    void str(const QString& s) { bytes(s.toUtf8()); }
    void raw(const void* p, std::size_t n) { m_out.append(static_cast<const char*>(p), qsizetype(n)); }
    QByteArray& out() { return m_out; }

private:
    QByteArray m_out;
};

/// Reads what Writer wrote, bounded by the input: a length past the end makes ok() false (and every
/// later read returns zero or empty) instead of reading outside the buffer.
class Reader {
public:
    explicit Reader(QByteArrayView in)
        : m_in(in) {}
    bool ok() const { return m_ok; }
    qsizetype left() const { return m_in.size() - m_pos; }
    qsizetype pos() const { return m_pos; }
    quint8 u8() {
        quint8 v = 0;
        raw(&v, 1);
        return v;
    }
    quint32 u32() {
        quint32 v = 0;
        raw(&v, sizeof v);
        return v;
    }
    qint64 i64() {
        qint64 v = 0;
        raw(&v, sizeof v);
        return v;
    }
    QByteArrayView bytes() {
        const quint32 n = u32();
        if (!m_ok || n > quint32(left())) {
            m_ok = false;
            return {};
        }
        const QByteArrayView b = m_in.sliced(m_pos, qsizetype(n));
        m_pos += n;
        return b;
    }
    QString str() {
        const QByteArrayView b = bytes();
        return m_ok ? QString::fromUtf8(b) : QString();
    }
    void skip(qint64 n) {
        if (n < 0 || n > left())
            m_ok = false;
        else
            m_pos += qsizetype(n);
    }
    void raw(void* p, std::size_t n) {
        if (!m_ok || qsizetype(n) > left()) {
            m_ok = false;
            return;
        }
        std::memcpy(p, m_in.data() + m_pos, n);
        m_pos += qsizetype(n);
    }

private:
    QByteArrayView m_in;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace aitbc::chain::binary
