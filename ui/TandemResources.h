#pragma once

class QLocale;

// Registers resources/tandem.qrc (icons), which lives in the static tandem_ui library and so is not
// registered automatically. Safe to call more than once.
void initTandemResources();

// Installs the translators for `locale` (main() passes the system's): Tandem's catalogue, embedded
// under :/i18n by translations/CMakeLists.txt, and Qt's own for the wizard's Back/Next and standard
// buttons, from Qt's translations directory. Replaces what an earlier call installed, so a test can
// switch languages. Returns false when Tandem has no catalogue for the locale (English, the source
// language, needs none).
bool installTandemTranslators(const QLocale& locale);
