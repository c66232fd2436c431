#pragma once

#include "ConfFile.h"
#include "LintFinding.h"

#include <QList>

// Runs every lint rule over one parsed file and returns the findings ordered by line.
class ConfLint
{
public:
    static QList<LintFinding> check(const ConfFile& file);
    // Reads the files `file` includes (confdir/include) from disk and reports the sources they add,
    // with `severity` (see LintRules::sourcesFromIncludedFiles).
    static QList<LintFinding> checkIncluded(const ConfFile& file, LintFinding::Severity severity);
};
