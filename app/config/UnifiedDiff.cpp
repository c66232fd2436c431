#include "UnifiedDiff.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QList<QByteArray> UnifiedDiff::splitLines(const QByteArray& text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

QList<UnifiedDiff::Edit> UnifiedDiff::editScript(const QList<QByteArray>& a, const QList<QByteArray>& b)
{
    // Common prefix and suffix need no search; only the middle goes through Myers.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    const qsizetype max = n + m;

    QList<Edit> middle;
    if (max > 0) {
        QList<qsizetype> v(2 * max + 2, 0);
        QList<QList<qsizetype>> trace;
        const auto at = [&](QList<qsizetype>& vector, qsizetype k) -> qsizetype& { return vector[k + max]; };
        qsizetype found = -1;
        for (qsizetype d = 0; d <= max && found < 0; ++d) {
            trace.append(v);
            for (qsizetype k = -d; k <= d; k += 2) {
                qsizetype x = (k == -d || (k != d && at(v, k - 1) < at(v, k + 1))) ? at(v, k + 1) : at(v, k - 1) + 1;
                qsizetype y = x - k;
                while (x < n && y < m && a.at(prefix + x) == b.at(prefix + y))
                    ++x, ++y;
                at(v, k) = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        qsizetype x = n;
        qsizetype y = m;
        for (qsizetype d = found; d >= 0; --d) {
            QList<qsizetype>& previous = trace[d];
            const qsizetype k = x - y;
            const bool down = k == -d || (k != d && at(previous, k - 1) < at(previous, k + 1));
            const qsizetype previousK = down ? k + 1 : k - 1;
            const qsizetype previousX = d == 0 ? 0 : at(previous, previousK);
            const qsizetype previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY) {
                --x, --y;
                middle.append({Op::Equal, prefix + x, prefix + y});
            }
            if (d > 0) {
                if (down)
                    middle.append({Op::Insert, prefix + x, prefix + --y});
                else
                    middle.append({Op::Delete, prefix + --x, prefix + y});
            }
        }
        std::reverse(middle.begin(), middle.end());
    }

    QList<Edit> edits;
    for (qsizetype i = 0; i < prefix; ++i)
        edits.append({Op::Equal, i, i});
    edits.append(middle);
    for (qsizetype i = 0; i < suffix; ++i)
        edits.append({Op::Equal, a.size() - suffix + i, b.size() - suffix + i});
    return edits;
}

namespace {

QByteArray range(qsizetype start, qsizetype count)
{
    // diff -u numbers from 1; an empty range names the line before it.
    const qsizetype first = count == 0 ? start : start + 1;
    if (count == 1)
        return QByteArray::number(first);
    return QByteArray::number(first) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray& out, char prefix, const QByteArray& line)
{
    out += prefix;
    if (line.endsWith('\n')) {
        out += line;
    } else {
        out += line + "\n\\ No newline at end of file\n"_ba;
    }
}

} // namespace

QByteArray UnifiedDiff::diff(const QByteArray& before, const QByteArray& after, const QString& fromLabel,
                             const QString& toLabel, int context)
{
    const QList<QByteArray> oldLines = splitLines(before);
    const QList<QByteArray> newLines = splitLines(after);
    const QList<Edit> edits = editScript(oldLines, newLines);

    QByteArray out;
    qsizetype i = 0;
    while (i < edits.size()) {
        if (edits.at(i).op == Op::Equal) {
            ++i;
            continue;
        }
        // A hunk: up to `context` equal lines before, changes joined while the equal run between them
        // is at most 2 * context lines, then up to `context` equal lines after.
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype lastChange = i;
        while (end < edits.size()) {
            if (edits.at(end).op != Op::Equal)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(edits.size(), lastChange + context + 1);

        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QByteArray body;
        for (qsizetype j = start; j < end; ++j) {
            const Edit& edit = edits.at(j);
            if (edit.op == Op::Equal) {
                appendLine(body, ' ', oldLines.at(edit.oldIndex));
                ++oldCount, ++newCount;
            } else if (edit.op == Op::Delete) {
                appendLine(body, '-', oldLines.at(edit.oldIndex));
                ++oldCount;
            } else {
                appendLine(body, '+', newLines.at(edit.newIndex));
                ++newCount;
            }
        }
        const Edit& first = edits.at(start);
        out += "@@ -"_ba + range(first.oldIndex, oldCount) + " +"_ba + range(first.newIndex, newCount) + " @@\n"_ba;
        out += body;
        i = end;
    }
    if (out.isEmpty())
        return out;
    return "--- "_ba + fromLabel.toUtf8() + "\n+++ "_ba + toLabel.toUtf8() + '\n' + out;
}
