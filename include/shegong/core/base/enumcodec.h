#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <string_view>

namespace shegong::core {

//! Throws DatabaseError naming the enumeration and the code: a stored code this version does not know.
[[noreturn]] void reportUnknownCode(const char* enumeration, QStringView code);

template <typename E> struct EnumCode {
    E value;
    std::string_view code;
};

/*! The codes an enumeration is stored as, in one table. Parsing outside input gives nothing for an
    unknown code; reading a stored one reports it (a damaged or newer database), never guesses. */
template <typename E, std::size_t N> class EnumCodec {
public:
    constexpr EnumCodec(const char* name, std::array<EnumCode<E>, N> table) : m_name(name), m_table(table) {}

    QString code(E value) const
    {
        for (const EnumCode<E>& entry : m_table)
            if (entry.value == value)
                return QString::fromLatin1(entry.code.data(), qsizetype(entry.code.size()));
        return {};
    }
    std::optional<E> parse(QStringView text) const
    {
        for (const EnumCode<E>& entry : m_table)
            if (text == QLatin1String(entry.code.data(), qsizetype(entry.code.size())))
                return entry.value;
        return std::nullopt;
    }
    E stored(QStringView text) const
    {
        if (const auto value = parse(text))
            return *value;
        reportUnknownCode(m_name, text);
    }
    const std::array<EnumCode<E>, N>& entries() const { return m_table; }

private:
    const char* m_name;
    std::array<EnumCode<E>, N> m_table;
};

} // namespace shegong::core
