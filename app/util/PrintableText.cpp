#include "PrintableText.h"

using namespace Qt::StringLiterals;

QString printableText(const QString& text)
{
    QString shown;
    for (const QChar c : text.left(64))
        shown += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? c : u'?';
    if (text.size() > 64)
        shown += u"..."_s;
    return shown;
}
