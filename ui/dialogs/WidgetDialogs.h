#pragma once

#include "widgets/Dialogs.h"

// The real dialogs: QFileDialog, QMessageBox and Sync now's own SyncNowDialog.
class WidgetDialogs final : public Dialogs
{
public:
    QString openFileName(QWidget* parent, const QString& title, const QString& directory,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, bool destructive) override;
    void showError(QWidget* parent, const QString& title, const QString& text) override;
    bool confirmSyncNow(QWidget* parent, const SyncNowPreview& preview) override;
};
