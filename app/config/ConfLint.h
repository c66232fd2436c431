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
    // Reads the key file the config names (if it does) and reports `key ID` options it does not hold
    // (see LintRules::keysMissingFromKeyfile).
    // keyBeingAdded: the pair's key an apply is about to write (0: none), counted as present.
    static QList<LintFinding> checkKeys(const ConfFile& file, quint32 keyBeingAdded = 0);
};
