#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// The core reports errors as values, never by throwing or by showing a dialog: a Result holds
// either the value or a sentence for a human, and the shell (GUI, CLI, helper) decides how to show it.
struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    // Empty when ok(); callers test ok() first.
    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }
    // A failed result handed on as it is, to a caller that returns another Result type:
    // `if (!read) return read.failure();`.
    Error failure() const { return Error{error()}; }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}
