#pragma once

#include <QString>
#include <cstddef>

namespace shegong::core {

/*! Argon2id through libsodium's crypto_pwhash_str. The default limits (4 passes, 256 MiB) take about
    0.5 s to verify on the office PCs we measured (docs/figures.md); tests use the minimum limits. */
class PasswordHasher {
public:
    struct Limits {
        unsigned long long operations;
        std::size_t memory; //!< bytes
    };
    static Limits defaultLimits();
    static Limits minimumLimits();

    explicit PasswordHasher(Limits limits = defaultLimits());

    //! An encoded "$argon2id$..." string with its own random salt; empty if memory ran out.
    QString hash(const QString& password) const;
    bool verify(const QString& encoded, const QString& password) const;
    //! True when the string was made with other limits: rehash on the next successful login.
    bool needsRehash(const QString& encoded) const;

private:
    Limits m_limits;
};

} // namespace shegong::core
