#pragma once

#include <QList>
#include <QString>

// One thing lint has to say about a config line, in the form compilers made familiar:
// "FILE:LINE: severity: message (hint: ...)".
struct LintFinding
{
    enum class Severity { Info, Warning, Error };

    QString fileName;
    int line = 0; // 1-based; 0 when the finding is about the whole file
    Severity severity = Severity::Warning;
    QString message;
    QString hint;
    QString rule; // the rule id, so tests and the GUI can tell findings apart

    QString format() const;
    static QString severityName(Severity severity);
};

// The exit status lint uses: 0 nothing (or only info), 1 warnings, 2 errors.
int lintExitCode(const QList<LintFinding>& findings);
