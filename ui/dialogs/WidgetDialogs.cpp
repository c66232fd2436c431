#include "WidgetDialogs.h"

#include "SyncNowDialog.h"

#include <QFileDialog>
#include <QMessageBox>

QString WidgetDialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                    const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString WidgetDialogs::openFileName(QWidget* parent, const QString& title, const QString& directory,
                                    const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

bool WidgetDialogs::confirm(QWidget* parent, const QString& title, const QString& text, bool destructive)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 destructive ? QMessageBox::No : QMessageBox::Yes) == QMessageBox::Yes;
}

void WidgetDialogs::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

bool WidgetDialogs::confirmSyncNow(QWidget* parent, const SyncNowPreview& preview)
{
    SyncNowDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted;
}
