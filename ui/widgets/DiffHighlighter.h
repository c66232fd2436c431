#pragma once

#include <QSyntaxHighlighter>

// Colours a unified diff the way admins know it from git: added lines green, removed lines red,
// hunk headers blue. The colours are picked for the palette's base colour so they stay readable
// with a dark palette; the +/- signs carry the meaning without colour.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
};
