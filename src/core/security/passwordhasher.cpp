#include "shegong/core/security/passwordhasher.h"

#include <sodium.h>
#include <stdexcept>

namespace shegong::core {
namespace {
void initialiseSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

PasswordHasher::Limits PasswordHasher::defaultLimits()
{
    // 3 passes over 128 MiB: 535 ms to verify on the office's 2-core machine as measured on 2026-12-02
    // (4/256 MiB had grown to 1.3 s there, past the 1 s a login may take). Well above OWASP's minimum
    // (2 passes, 19 MiB); older hashes are renewed at their next login.
    return {3, 128ull * 1024 * 1024};
}

PasswordHasher::Limits PasswordHasher::minimumLimits()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits) : m_limits(limits)
{
    initialiseSodium();
}

QString PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          m_limits.operations, m_limits.memory) != 0)
        return {};
    sodium_memzero(const_cast<char*>(utf8.constData()), size_t(utf8.size()));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& encoded, const QString& password) const
{
    if (encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& encoded) const
{
    const QByteArray stored = encoded.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.operations, m_limits.memory) != 0;
}

} // namespace shegong::core
