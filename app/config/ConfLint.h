#pragma once

#include "ConfFile.h"
#include "LintFinding.h"

#include <QList>

// Runs every lint rule over one parsed file and returns the findings ordered by line.
class ConfLint
{
public:
    static QList<LintFinding> check(const ConfFile& file);
};
