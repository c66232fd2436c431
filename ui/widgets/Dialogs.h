#pragma once

#include "helperprotocol/SyncNowOutcome.h"

#include <QString>

class QWidget;

// The only way ui/ asks the admin something in a separate window. The window, the wizard and the
// panel hold a Dialogs*, so a test answers with a scripted implementation instead of a modal dialog
// that would block it. Implementations never run a nested event loop in tests. The real one is
// dialogs/WidgetDialogs (it shows the dialogs/ windows, which this layer cannot see).
class Dialogs
{
public:
    virtual ~Dialogs() = default;

    // A path to save to, or empty when the admin cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
    // A file to read, or empty when the admin cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& directory,
                                 const QString& filter) = 0;
    // Yes/no; `destructive` makes "No" the default button.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, bool destructive) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& text) = 0;
    // "Sync now"'s confirmation, with what it is about to do.
    virtual bool confirmSyncNow(QWidget* parent, const SyncNowPreview& preview) = 0;
};
