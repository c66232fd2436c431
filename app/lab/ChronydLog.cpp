#include "ChronydLog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChronydLog {

QString withoutTimestamp(const QString& line)
{
    static const QRegularExpression timestamp(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ "_s);
    return QString(line).remove(timestamp).trimmed();
}

std::optional<QString> failure(const QString& line)
{
    // chronyd 4.3 wording: "Fatal error : ...", "Could not open NTP socket on ADDR:PORT",
    // "Could not open command socket on ...", "Could not bind ..." (Unix socket), and
    // "Disabled command socket PATH" after "Wrong permissions on DIR".
    static const QRegularExpression fatal(
        u"Fatal error|Could not (open|bind)|Disabled command socket|Wrong permissions"_s);
    const QString text = withoutTimestamp(line);
    if (text.contains(fatal))
        return text;
    return std::nullopt;
}

} // namespace ChronydLog
