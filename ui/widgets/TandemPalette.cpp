#include "widgets/TandemPalette.h"

#include <array>
#include <cmath>

namespace {

struct Pair
{
    QColor light;
    QColor dark;
};

Pair textColours(TandemPalette::Role role)
{
    using Role = TandemPalette::Role;
    switch (role) {
    case Role::Ok:
        return {QColor(0x11, 0x6b, 0x26), QColor(0x7e, 0xe0, 0x8c)};
    case Role::Warning:
        return {QColor(0x8a, 0x4b, 0x00), QColor(0xf0, 0xb4, 0x5a)};
    case Role::Alarm:
        return {QColor(0xb0, 0x30, 0x20), QColor(0xff, 0x9a, 0x92)};
    case Role::Info:
        return {QColor(0x05, 0x50, 0xae), QColor(0x8c, 0xb8, 0xff)};
    case Role::Neutral:
        return {QColor(0x5f, 0x5f, 0x5f), QColor(0xa8, 0xa8, 0xa8)};
    case Role::Step:
        return {QColor(0x80, 0x30, 0xa0), QColor(0xd0, 0x9c, 0xf5)};
    }
    return {Qt::black, Qt::white};
}

Pair fillColours(TandemPalette::Role role)
{
    using Role = TandemPalette::Role;
    switch (role) {
    case Role::Ok:
        return {QColor(0xe6, 0xff, 0xec), QColor(0x1f, 0x3d, 0x26)};
    case Role::Warning:
        return {QColor(0xff, 0xf4, 0xdc), QColor(0x45, 0x34, 0x0f)};
    case Role::Alarm:
        return {QColor(0xfb, 0xe3, 0xe0), QColor(0x4a, 0x22, 0x24)};
    case Role::Info:
        return {QColor(0xe3, 0xee, 0xfc), QColor(0x1d, 0x2d, 0x4a)};
    case Role::Neutral:
    case Role::Step:
        break;
    }
    return {QColor(0xee, 0xee, 0xee), QColor(0x33, 0x33, 0x33)};
}

double channel(double value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

} // namespace

bool TandemPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor TandemPalette::text(Role role, const QPalette& palette)
{
    const Pair pair = textColours(role);
    return isDark(palette) ? pair.dark : pair.light;
}

QColor TandemPalette::fill(Role role, const QPalette& palette)
{
    const Pair pair = fillColours(role);
    return isDark(palette) ? pair.dark : pair.light;
}

QColor TandemPalette::badge(Role role)
{
    switch (role) {
    case Role::Ok:
        return QColor(0x1e, 0x7a, 0x46);
    case Role::Warning:
        return QColor(0xa8, 0x5c, 0x00);
    case Role::Alarm:
        return QColor(0xb0, 0x30, 0x20);
    case Role::Info:
        return QColor(0x05, 0x50, 0xae);
    case Role::Step:
        return QColor(0x80, 0x30, 0xa0);
    case Role::Neutral:
        break;
    }
    return QColor(0x6a, 0x6a, 0x6a);
}

QColor TandemPalette::series(int index, const QPalette& palette)
{
    static const std::array<Pair, 3> colours{Pair{QColor(0x1f, 0x5f, 0xbf), QColor(0x6e, 0xa8, 0xff)},
                                             Pair{QColor(0x2e, 0x7d, 0x4f), QColor(0x5f, 0xd0, 0x8a)},
                                             Pair{QColor(0xb8, 0x5c, 0x00), QColor(0xf0, 0xa0, 0x50)}};
    const Pair& pair = colours[size_t(qBound(0, index, 2))];
    return isDark(palette) ? pair.dark : pair.light;
}

QColor TandemPalette::labFill()
{
    return QColor(0xf0, 0xa0, 0x20);
}

QColor TandemPalette::labText()
{
    return QColor(0x1b, 0x13, 0x00);
}

QString TandemPalette::labelStyle(Role role, bool bold)
{
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(text(role).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

double TandemPalette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
