#pragma once

#include "helperprotocol/SyncNowOutcome.h"

#include <QDialog>

class QLabel;

// "Step the clock now?": the current offset, the server the clock will be stepped to, and a plain
// warning that the clock jumps (logs, timers and running jobs see the jump). "Cancel" is the default.
class SyncNowDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncNowDialog(const SyncNowPreview& preview, QWidget* parent = nullptr);

    // The text shown, for tests and screen readers.
    QString message() const;

private:
    QLabel* m_text;
};
