#pragma once

#include "widgets/Dialogs.h"

#include <QList>
#include <QStringList>

// Answers the window's dialogs without showing any: tests set the answers and read what was asked.
class ScriptedDialogs final : public Dialogs
{
public:
    QString saveFileName(QWidget*, const QString& title, const QString&, const QString&) override
    {
        asked << title;
        return savePath;
    }
    QString openFileName(QWidget*, const QString& title, const QString&, const QString&) override
    {
        asked << title;
        return openPath;
    }
    bool confirm(QWidget*, const QString& title, const QString&, bool) override
    {
        asked << title;
        return confirmAnswer;
    }
    void showError(QWidget*, const QString& title, const QString& text) override
    {
        asked << title;
        errors << text;
    }
    bool confirmSyncNow(QWidget*, const SyncNowPreview& preview) override
    {
        syncNowPreviews.append(preview);
        return syncNowAnswer;
    }

    QString savePath;
    QString openPath;
    bool confirmAnswer = true;
    QStringList asked;
    QStringList errors;
    bool syncNowAnswer = true;
    QList<SyncNowPreview> syncNowPreviews; // what each Sync now confirmation showed
};
