#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One physical line of a chrony.conf, kept byte for byte so that a file Tandem did not change renders
// back identical (admins diff their /etc; vendor comments and odd whitespace are theirs, not ours).
class ConfLine
{
public:
    enum class Kind { Blank, Comment, Directive };

    ConfLine() = default;
    // text: the line without its terminator; terminator: "\n", "\r\n" or empty (last line, no newline).
    explicit ConfLine(QByteArray text, QByteArray terminator = "\n");

    const QByteArray& text() const { return m_text; }
    const QByteArray& terminator() const { return m_terminator; }
    void setTerminator(const QByteArray& terminator) { m_terminator = terminator; }

    Kind kind() const { return m_kind; }
    bool isDirective() const { return m_kind == Kind::Directive; }
    // Lower case, as chrony compares directive names case-insensitively; empty unless a directive.
    const QString& directive() const { return m_directive; }
    const QStringList& arguments() const { return m_arguments; }

    // Whether chrony reads this line as a comment: its first non-blank character is one of "!;#%".
    static bool isCommentCharacter(char c);

private:
    QByteArray m_text;
    QByteArray m_terminator;
    Kind m_kind = Kind::Blank;
    QString m_directive;
    QStringList m_arguments;
};

// A directive with where it came from, for lint findings and error messages.
struct ConfDirective
{
    QString fileName;
    int line = 0; // 1-based
    QString name;
    QStringList arguments;
};

// A line-preserving model of one chrony configuration file.
class ConfFile
{
public:
    ConfFile() = default;

    static ConfFile parse(const QByteArray& content, const QString& fileName);
    QByteArray render() const;

    const QString& fileName() const { return m_fileName; }
    const QList<ConfLine>& lines() const { return m_lines; }
    void setLines(QList<ConfLine> lines) { m_lines = std::move(lines); }

    QList<ConfDirective> directives() const;
    // Line numbers are 1-based; 0 when the line does not exist.
    ConfDirective directiveAt(int lineNumber) const;

    // "\r\n" when most lines end that way, so inserted lines match the file's style.
    QByteArray dominantTerminator() const;

private:
    QString m_fileName;
    QList<ConfLine> m_lines;
};
