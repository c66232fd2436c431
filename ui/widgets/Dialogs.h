#pragma once

#include <QString>

class QWidget;

// The only way ui/ asks the admin something in a separate window. The window and the wizard hold a
// Dialogs*, so a test answers with a scripted implementation instead of a modal dialog that would
// block it. Implementations never run a nested event loop in tests.
class Dialogs
{
public:
    virtual ~Dialogs() = default;

    // A path to save to, or empty when the admin cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
    // Yes/no; `destructive` makes "No" the default button.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, bool destructive) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& text) = 0;
};

// The real dialogs (QFileDialog, QMessageBox).
class WidgetDialogs final : public Dialogs
{
public:
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, bool destructive) override;
    void showError(QWidget* parent, const QString& title, const QString& text) override;
};
