#include "ReferenceId.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

QString referenceIdText(quint32 referenceId)
{
    QString text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char c = char((referenceId >> shift) & 0xFF);
        if (c >= 0x20 && c <= 0x7E)
            text += QChar::fromLatin1(c);
    }
    return text;
}

QString describeReferenceId(quint32 referenceId, int stratum)
{
    // Words the panel and the wizard show, so translated there (the CLI loads no translator).
    if (referenceId == LocalClockReferenceId)
        return QCoreApplication::translate("NtpMeasurement", "local clock");
    if (referenceId == 0)
        return QCoreApplication::translate("NtpMeasurement", "none");
    if (stratum >= 2)
        return QHostAddress(referenceId).toString();
    return referenceIdText(referenceId);
}
