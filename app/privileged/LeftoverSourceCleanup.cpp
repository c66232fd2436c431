#include "LeftoverSourceCleanup.h"

#include "cmdmon/CmdmonClient.h"
#include "helperprotocol/HelperSteps.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"
#include "privileged/TemporarySourceRecord.h"

#include <QTimer>

using namespace Qt::StringLiterals;

LeftoverSourceCleanup::LeftoverSourceCleanup(const HelperTarget& target, HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_progress(progress)
{}

void LeftoverSourceCleanup::start()
{
    const TemporarySourceRecord record(m_target.host().temporarySourceRecordPath(), m_target.host().chronydPidPath());
    const std::optional<TemporarySourceRecord::Entry> leftover = record.noted();
    if (!leftover) {
        QTimer::singleShot(0, this, &LeftoverSourceCleanup::done);
        return;
    }
    const QString address = leftover->address.toString();
    if (!record.stillRunning(*leftover)) {
        // That chronyd is gone, and its run-time source with it; the running one has only its config's.
        record.forget();
        m_progress->step(
            u"leftover"_s, true,
            u"An interrupted sync-now had added %1; chronyd has been restarted since, so it is gone."_s.arg(address),
            {{u"source"_s, address}});
        QTimer::singleShot(0, this, &LeftoverSourceCleanup::done);
        return;
    }
    CmdmonEndpoint endpoint;
    endpoint.socketPath = m_target.host().commandSocketPath();
    auto* client = new CmdmonClient(endpoint, this);
    client->deleteSource(leftover->address)->then(this, [this, record, address](const CmdmonCallOf<Done>& call) {
        const bool gone = call.result().ok() || call.error() == CmdmonError::NoSuchSource;
        if (gone) {
            record.forget();
            m_progress->step(
                u"leftover"_s, true,
                u"Removed %1, the temporary source of an interrupted sync-now, from chronyd."_s.arg(address),
                {{u"source"_s, address}});
        } else {
            m_progress->step(HelperStep::Leftover, false,
                             u"An interrupted sync-now left %1 in chronyd, and it could not be removed: %2. The next "
                             u"helper run tries again."_s.arg(address, call.errorString()),
                             {{u"source"_s, address}});
        }
        emit done();
    });
}
