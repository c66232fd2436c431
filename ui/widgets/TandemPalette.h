#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// The one set of colours ui/ draws with, chosen for the palette in use: a light desktop theme gets
// dark text colours on light fills, a dark one light text colours on dark fills. Everything that
// colours text, a banner, a badge or a chart line asks here (tst_Palette checks the contrast of each
// against both kinds of palette).
namespace TandemPalette {

enum class Role {
    Ok,      // synchronised, a step that worked, an added line
    Warning, // needs a look: a leap second due, a degraded link, a result to check
    Alarm,   // not synchronised, unreachable, a removed line, an alert
    Info,    // neutral emphasis: a diff's hunk header
    Neutral, // unknown
    Step,    // a clock step on the chart
};

// Dark: the window is darker than its text (a dark desktop theme).
bool isDark(const QPalette& palette = QGuiApplication::palette());

// A colour for text or a line of this role, readable on the palette's Window and Base.
QColor text(Role role, const QPalette& palette = QGuiApplication::palette());
// A soft background for a banner or a diff line, under text() of the same role.
QColor fill(Role role, const QPalette& palette = QGuiApplication::palette());
// A solid background under white bold text (the leap badge, the chart's leap band), the same in both.
QColor badge(Role role);
// The chart's lines, one per history series (0..2).
QColor series(int index, const QPalette& palette = QGuiApplication::palette());
// The lab marker: unmistakable amber with dark text, whatever the theme.
QColor labFill();
QColor labText();

// A style sheet for a QLabel in text(role), bold when asked.
QString labelStyle(Role role, bool bold = false);

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b);

} // namespace TandemPalette
