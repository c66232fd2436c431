#include "ConfLint.h"

#include "LintRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

QList<LintFinding> ConfLint::check(const ConfFile& file)
{
    QList<LintFinding> findings;
    for (const LintRules::Rule& rule : LintRules::all())
        findings += rule.check(file);
    // Stable, so findings on one line keep the rule table's order.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const LintFinding& a, const LintFinding& b) { return a.line < b.line; });
    return findings;
}

QList<LintFinding> ConfLint::checkKeys(const ConfFile& file, quint32 keyBeingAdded)
{
    const QString path = LintRules::keyfilePath(file);
    if (path.isEmpty())
        return LintRules::keysMissingFromKeyfile(file, std::nullopt);
    // A missing file holds no key (an apply about to write the pair's key creates it).
    if (!QFileInfo::exists(path) && QFileInfo(QFileInfo(path).absolutePath()).isReadable())
        return LintRules::keysMissingFromKeyfile(file, Result<QByteArray>(QByteArray()), keyBeingAdded);
    QFile keyfile(path);
    if (!keyfile.open(QIODevice::ReadOnly))
        return LintRules::keysMissingFromKeyfile(
            file,
            Result<QByteArray>(
                Error{QCoreApplication::translate("ConfLint", "cannot read %1: %2").arg(path, keyfile.errorString())}),
            keyBeingAdded);
    return LintRules::keysMissingFromKeyfile(file, Result<QByteArray>(keyfile.readAll()), keyBeingAdded);
}

QList<LintFinding> ConfLint::checkIncluded(const ConfFile& file, LintFinding::Severity severity)
{
    return LintRules::sourcesFromIncludedFiles(IncludedConfigs::read(file), severity);
}
