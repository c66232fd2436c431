#include "widgets/DiffHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_added.setForeground(dark ? QColor(0x7e, 0xe0, 0x8c) : QColor(0x11, 0x6b, 0x26));
    m_added.setBackground(dark ? QColor(0x1f, 0x3d, 0x26) : QColor(0xe6, 0xff, 0xec));
    m_removed.setForeground(dark ? QColor(0xff, 0x9a, 0x92) : QColor(0xb3, 0x1d, 0x28));
    m_removed.setBackground(dark ? QColor(0x4a, 0x22, 0x24) : QColor(0xff, 0xeb, 0xe9));
    m_hunk.setForeground(dark ? QColor(0x8c, 0xb8, 0xff) : QColor(0x05, 0x50, 0xae));
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
