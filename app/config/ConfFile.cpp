#include "ConfFile.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// chrony splits on C isspace(): space, tab, CR, LF, vertical tab, form feed.
bool isChronySpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

} // namespace

bool ConfLine::isCommentCharacter(char c)
{
    return c != '\0' && std::strchr("!;#%", c) != nullptr;
}

ConfLine::ConfLine(QByteArray text, QByteArray terminator)
    : m_text(std::move(text))
    , m_terminator(std::move(terminator))
{
    QList<QByteArray> words;
    qsizetype position = 0;
    while (position < m_text.size()) {
        while (position < m_text.size() && isChronySpace(m_text.at(position)))
            ++position;
        const qsizetype start = position;
        while (position < m_text.size() && !isChronySpace(m_text.at(position)))
            ++position;
        if (position > start)
            words.append(m_text.mid(start, position - start));
    }
    if (words.isEmpty()) {
        m_kind = Kind::Blank;
        return;
    }
    // Like chrony, only a comment character at the start of a line makes a comment; "server a # x"
    // is a directive with a stray argument, which chronyd rejects and lint should report.
    if (isCommentCharacter(words.first().at(0))) {
        m_kind = Kind::Comment;
        return;
    }
    m_kind = Kind::Directive;
    m_directive = QString::fromUtf8(words.takeFirst()).toLower();
    for (const QByteArray& word : std::as_const(words))
        m_arguments.append(QString::fromUtf8(word));
}

ConfFile ConfFile::parse(const QByteArray& content, const QString& fileName)
{
    ConfFile file;
    file.m_fileName = fileName;
    qsizetype start = 0;
    while (start < content.size()) {
        const qsizetype newline = content.indexOf('\n', start);
        if (newline < 0) {
            file.m_lines.append(ConfLine(content.mid(start), QByteArray()));
            break;
        }
        qsizetype end = newline;
        QByteArray terminator = "\n"_ba;
        if (end > start && content.at(end - 1) == '\r') {
            --end;
            terminator = "\r\n"_ba;
        }
        file.m_lines.append(ConfLine(content.mid(start, end - start), terminator));
        start = newline + 1;
    }
    return file;
}

QByteArray ConfFile::render() const
{
    QByteArray out;
    for (const ConfLine& line : m_lines)
        out += line.text() + line.terminator();
    return out;
}

QList<ConfDirective> ConfFile::directives() const
{
    QList<ConfDirective> result;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ConfLine& line = m_lines.at(i);
        if (line.isDirective())
            result.append({m_fileName, int(i + 1), line.directive(), line.arguments()});
    }
    return result;
}

ConfDirective ConfFile::directiveAt(int lineNumber) const
{
    if (lineNumber < 1 || lineNumber > m_lines.size())
        return {};
    const ConfLine& line = m_lines.at(lineNumber - 1);
    return {m_fileName, lineNumber, line.directive(), line.arguments()};
}

QByteArray ConfFile::dominantTerminator() const
{
    qsizetype crlf = 0;
    qsizetype lf = 0;
    for (const ConfLine& line : m_lines) {
        if (line.terminator() == "\r\n")
            ++crlf;
        else if (line.terminator() == "\n")
            ++lf;
    }
    return crlf > lf ? "\r\n"_ba : "\n"_ba;
}
