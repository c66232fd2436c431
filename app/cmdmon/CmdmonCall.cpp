#include "CmdmonCall.h"

void CmdmonCall::finishCall(CmdmonError error, const QString& errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    emit finished();
}
