#include "crypto/secure_bytes.h"

#include <QLoggingCategory>
#include <QMutex>

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>

Q_LOGGING_CATEGORY(lcSecure, "aitbc.crypto")

namespace aitbc::crypto {

namespace {
QMutex observerMutex;
SecureBytes::ReleaseObserver& observer() {
    static SecureBytes::ReleaseObserver o;
    return o;
}
std::atomic<bool> mlockWarned{false};
} // namespace

SecureBytes::SecureBytes(std::size_t size) {
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(std::calloc(size, 1));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    m_locked = ::mlock(m_data, m_size) == 0;
    if (!m_locked && !mlockWarned.exchange(true))
        qCInfo(lcSecure)
            << "mlock not permitted; key material stays in ordinary memory (still wiped on release)";
}

SecureBytes SecureBytes::copyOf(QByteArrayView data) {
    SecureBytes s(std::size_t(data.size()));
    if (!data.isEmpty())
        std::memcpy(s.m_data, data.data(), std::size_t(data.size()));
    return s;
}

SecureBytes SecureBytes::takeFrom(QByteArray& data) {
    SecureBytes s = copyOf(data);
    if (!data.isEmpty())
        OPENSSL_cleanse(data.data(), std::size_t(data.size()));
    data.clear();
    return s;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
    , m_locked(other.m_locked) {
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_locked = false;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        m_locked = other.m_locked;
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_locked = false;
    }
    return *this;
}

SecureBytes::~SecureBytes() {
    clear();
}

void SecureBytes::clear() {
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, m_size);
    {
        QMutexLocker lock(&observerMutex);
        if (observer())
            observer()(m_data, m_size);
    }
    if (m_locked)
        ::munlock(m_data, m_size);
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_locked = false;
}

bool SecureBytes::equals(QByteArrayView other) const {
    if (std::size_t(other.size()) != m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.data(), m_size) == 0;
}

void SecureBytes::setReleaseObserver(ReleaseObserver o) {
    QMutexLocker lock(&observerMutex);
    observer() = std::move(o);
}

} // namespace aitbc::crypto
