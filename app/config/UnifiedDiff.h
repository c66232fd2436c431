#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A line-based unified diff ("--- a/x", "+++ b/x", "@@" hunks) of two config texts, as admins know it
// from diff -u and git. Used by "tandem-cli plan --diff" and the wizard's review page.
class UnifiedDiff
{
public:
    enum class Op { Equal, Delete, Insert };
    struct Edit
    {
        Op op;
        qsizetype oldIndex; // index into the old lines (Equal, Delete)
        qsizetype newIndex; // index into the new lines (Equal, Insert)
    };

    // Empty when both texts are equal. fromLabel/toLabel are written after "--- " and "+++ ".
    static QByteArray diff(const QByteArray& before, const QByteArray& after, const QString& fromLabel,
                           const QString& toLabel, int context = 3);

    // Lines including their "\n", so a missing final newline is a difference too.
    static QList<QByteArray> splitLines(const QByteArray& text);
    // The shortest edit script (Myers' O((N+M)D) algorithm): config edits are small, so this stays cheap
    // even for large files.
    static QList<Edit> editScript(const QList<QByteArray>& oldLines, const QList<QByteArray>& newLines);
};
