#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace shegong::core {

//! A failure the user can act on: which field caused it and a translated message.
struct Error {
    QString field;   //!< the field (or file, or record) the message is about; may be empty
    QString message; //!< already translated, ready to show next to the field
};

//! Either a value or an Error. Domain functions return this instead of throwing across layers.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    //! By value: `for (x : f().value())` then holds what it loops over, not a dangling reference.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

//! Result of an operation that yields nothing but may fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace shegong::core
