#include "SyncNowPrompt.h"

#include "SyncNowDialog.h"

bool WidgetSyncNowPrompt::confirmSyncNow(QWidget* parent, const SyncNowPreview& preview)
{
    SyncNowDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted;
}
