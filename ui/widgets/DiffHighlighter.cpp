#include "widgets/DiffHighlighter.h"

#include "widgets/TandemPalette.h"

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    using TandemPalette::Role;
    m_added.setForeground(TandemPalette::text(Role::Ok));
    m_added.setBackground(TandemPalette::fill(Role::Ok));
    m_removed.setForeground(TandemPalette::text(Role::Alarm));
    m_removed.setBackground(TandemPalette::fill(Role::Alarm));
    m_hunk.setForeground(TandemPalette::text(Role::Info));
    m_header.setFontWeight(QFont::Bold);
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        setFormat(0, int(text.size()), m_header);
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, int(text.size()), m_added);
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, int(text.size()), m_removed);
    else if (text.startsWith(QLatin1String("@@")))
        setFormat(0, int(text.size()), m_hunk);
}
