#pragma once

#include "CmdmonError.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <optional>

// One pending command (or a chain of them, like "all sources"). Emits finished() exactly once, always
// from the event loop (never inside the call that created it), so connecting right after creating
// it is safe. The caller owns it once it has finished: deleteLater() it, or use then().
class CmdmonCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    CmdmonError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

signals:
    void finished();

protected:
    void finishCall(CmdmonError error, const QString& errorString);

private:
    bool m_finished = false;
    CmdmonError m_error = CmdmonError::None;
    QString m_errorString;
};

template<typename T>
class CmdmonCallOf : public CmdmonCall
{
public:
    using CmdmonCall::CmdmonCall;

    Result<T> result() const
    {
        if (m_value)
            return *m_value;
        return Error{errorString()};
    }

    void succeed(T value)
    {
        m_value = std::move(value);
        finishCall(CmdmonError::None, {});
    }
    void fail(CmdmonError error, const QString& errorString) { finishCall(error, errorString); }

    // Hands the result to `handler` (called with const CmdmonCallOf<T>&) once, then deletes the call.
    // Nothing is called if `context` is gone by then.
    template<typename Handler>
    void then(QObject* context, Handler handler)
    {
        connect(this, &CmdmonCall::finished, context, [this, handler]() {
            handler(static_cast<const CmdmonCallOf<T>&>(*this));
            deleteLater();
        });
    }

private:
    std::optional<T> m_value;
};
