#include "LintFinding.h"

using namespace Qt::StringLiterals;

QString LintFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

QString LintFinding::format() const
{
    QString text = fileName;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": "_s + severityName(severity) + u": "_s + message;
    if (!hint.isEmpty())
        text += u" (hint: "_s + hint + u')';
    return text;
}

int lintExitCode(const QList<LintFinding>& findings)
{
    int code = 0;
    for (const LintFinding& finding : findings) {
        if (finding.severity == LintFinding::Severity::Error)
            return 2;
        if (finding.severity == LintFinding::Severity::Warning)
            code = 1;
    }
    return code;
}
