#pragma once

#include "dialogs/SyncNowPrompt.h"

#include <QList>

// Answers "Sync now"'s confirmation without a window and keeps what it was shown.
class ScriptedSyncNowPrompt final : public SyncNowPrompt
{
public:
    bool confirmSyncNow(QWidget*, const SyncNowPreview& preview) override
    {
        previews.append(preview);
        return answer;
    }

    bool answer = true;
    QList<SyncNowPreview> previews;
};
