#pragma once

#include "config/ConfFile.h"
#include "config/LintFinding.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Test helper: asks the real chronyd ("chronyd -x -p -f") about a config. The packaged configs point
// confdir/include at /etc; those lines are redirected into the test's own temp dir first, so the result
// does not depend on what this machine has in /etc/chrony/conf.d.
namespace ChronydRunner {

bool available();

// Writes `file` (hermetic, see above) into `directory` and returns chronyd's findings; an empty list
// means chronyd accepted it. Fails the test (QVERIFY-style) only through the returned findings.
QList<LintFinding> check(const ConfFile& file, const QString& directory);

ConfFile hermetic(const ConfFile& file, const QString& directory);

} // namespace ChronydRunner
