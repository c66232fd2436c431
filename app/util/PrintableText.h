#pragma once

#include <QString>

// Hostile or odd input is quoted back in messages (a refused request, an address that is not one);
// this keeps it to one short printable ASCII line, so that it cannot forge output lines or send escape
// sequences to the admin's terminal: at most 64 characters, anything outside printable ASCII as '?'.
QString printableText(const QString& text);
