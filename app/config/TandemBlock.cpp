#include "TandemBlock.h"

using namespace Qt::StringLiterals;

namespace TandemBlock {

QByteArray beginLine()
{
    return "# BEGIN Tandem io.github.tandemtime.Tandem (managed block: edit with Tandem)"_ba;
}

QByteArray endLine()
{
    return "# END Tandem"_ba;
}

QByteArray disabledMarker()
{
    return "#tandem-disabled# "_ba;
}

bool isDisabled(const ConfLine& line)
{
    return line.text().startsWith(disabledMarker());
}

ConfLine disable(const ConfLine& line)
{
    return ConfLine(disabledMarker() + line.text(), line.terminator());
}

ConfLine restore(const ConfLine& line)
{
    return ConfLine(line.text().mid(disabledMarker().size()), line.terminator());
}

namespace {

// Where the block is: the indexes of its BEGIN and END lines; end is -1 when there is none.
std::pair<qsizetype, qsizetype> findBlock(const QList<ConfLine>& lines)
{
    qsizetype begin = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (begin < 0 && lines.at(i).text() == beginLine())
            begin = i;
        else if (begin >= 0 && lines.at(i).text() == endLine())
            return {begin, i};
    }
    return {begin, -1};
}

} // namespace

std::optional<QList<ConfLine>> body(const ConfFile& file)
{
    const auto [begin, end] = findBlock(file.lines());
    if (end < 0)
        return std::nullopt;
    return file.lines().mid(begin + 1, end - begin - 1);
}

ConfFile strip(const ConfFile& file, qsizetype* blockIndex)
{
    const QList<ConfLine>& lines = file.lines();
    const auto [begin, end] = findBlock(lines);
    QList<ConfLine> kept;
    kept.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (end >= 0 && i >= begin && i <= end)
            continue;
        const ConfLine& line = lines.at(i);
        kept.append(isDisabled(line) ? restore(line) : line);
    }
    // A block appended to a file without a final newline gave the previous line a newline and left
    // the END line without one; undo that so the original bytes come back.
    if (end >= 0 && end == lines.size() - 1 && lines.at(end).terminator().isEmpty() && begin > 0 &&
        begin == kept.size()) {
        kept.last().setTerminator(QByteArray());
    }
    if (blockIndex)
        *blockIndex = end >= 0 ? begin : -1;
    ConfFile result = file;
    result.setLines(std::move(kept));
    return result;
}

ConfFile insert(const ConfFile& file, const QList<QByteArray>& body, qsizetype index)
{
    QList<ConfLine> lines = file.lines();
    const QByteArray terminator = file.dominantTerminator();
    const bool atEnd = index < 0 || index >= lines.size();
    bool endWithoutNewline = false;
    if (atEnd && !lines.isEmpty() && lines.last().terminator().isEmpty()) {
        lines.last().setTerminator(terminator);
        endWithoutNewline = true;
    }
    QList<ConfLine> block;
    block.append(ConfLine(beginLine(), terminator));
    for (const QByteArray& text : body)
        block.append(ConfLine(text, terminator));
    block.append(ConfLine(endLine(), endWithoutNewline ? QByteArray() : terminator));
    if (atEnd)
        lines.append(block);
    else
        for (qsizetype k = 0; k < block.size(); ++k)
            lines.insert(index + k, block.at(k));
    ConfFile result = file;
    result.setLines(std::move(lines));
    return result;
}

} // namespace TandemBlock
