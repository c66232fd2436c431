#pragma once

#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QTest>

// Small steps the wizard tests share: wait for a page to be ready, press Next the way a user does.
namespace WizardDriver {

// Whether the Next (or Commit) button can be pressed on the current page.
inline bool canGoOn(QWizard* wizard)
{
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    QAbstractButton* commit = wizard->button(QWizard::CommitButton);
    return (next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled());
}

// Presses Next/Commit with the keyboard-free click a user would make; false when it is disabled.
inline bool goOn(QWizard* wizard)
{
    QAbstractButton* commit = wizard->button(QWizard::CommitButton);
    QAbstractButton* button = commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
    if (!button->isEnabled())
        return false;
    button->click();
    return true;
}

} // namespace WizardDriver
