#pragma once

// Registers resources/tandem.qrc (icons), which lives in the static tandem_ui library and so is not
// registered automatically. Safe to call more than once.
void initTandemResources();
