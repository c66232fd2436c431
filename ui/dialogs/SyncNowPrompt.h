#pragma once

#include "helperprotocol/SyncNowOutcome.h"

class QWidget;

// The seam for "Sync now"'s confirmation: the panel asks through it, the real one shows
// SyncNowDialog, a test answers with a scripted one (no modal window blocks it).
class SyncNowPrompt
{
public:
    virtual ~SyncNowPrompt() = default;
    virtual bool confirmSyncNow(QWidget* parent, const SyncNowPreview& preview) = 0;
};

class WidgetSyncNowPrompt final : public SyncNowPrompt
{
public:
    bool confirmSyncNow(QWidget* parent, const SyncNowPreview& preview) override;
};
