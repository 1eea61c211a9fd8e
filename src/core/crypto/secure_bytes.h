#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <functional>

namespace aitbc::crypto {

/// A move-only buffer for key material (seeds, derived keys, decrypted plaintexts).
///
/// The bytes live in their own heap block that is mlock()ed so they are not swapped out; when mlock is not
/// permitted (RLIMIT_MEMLOCK, containers) the buffer still works, unlocked, and isLocked() says so. On
/// destruction, clear() and move-assignment the bytes are wiped with OPENSSL_cleanse before the block is
/// unlocked and freed. Copying is deliberately impossible: every copy of a secret is one more place to wipe.
class SecureBytes {
public:
    SecureBytes() = default;
    /// `size` zero bytes.
    explicit SecureBytes(std::size_t size);
    /// A copy of `data` (the caller remains responsible for wiping its own copy).
    static SecureBytes copyOf(QByteArrayView data);
    /// A copy of `data`, after which `data` is wiped with OPENSSL_cleanse.
    static SecureBytes takeFrom(QByteArray& data);

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// A view of the bytes; valid while this object lives and is not cleared or moved from.
    QByteArrayView view() const { return {reinterpret_cast<const char*>(m_data), qsizetype(m_size)}; }
    /// Whether the pages holding the bytes are locked in RAM.
    bool isLocked() const { return m_locked; }
    /// Wipes and releases the bytes; size() becomes 0.
    void clear();
    /// Constant-time equality.
    bool equals(QByteArrayView other) const;

    /// Test seam: called with the block's address and size after the wipe and before the block is freed,
    /// so a test can prove that released secrets are zero. Not for production use; pass {} to remove.
    using ReleaseObserver = std::function<void(const unsigned char* data, std::size_t size)>;
    static void setReleaseObserver(ReleaseObserver observer);

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_locked = false;
};

} // namespace aitbc::crypto
