#include "SetupWizard.h"

#include "ApplyPage.h"
#include "DetectPage.h"
#include "MonitoringPage.h"
#include "PairKeyBox.h"
#include "PeerPage.h"
#include "PollingPage.h"
#include "ReviewPage.h"
#include "RolePage.h"
#include "ServerModePage.h"
#include "SyncConfirmPage.h"
#include "SyncRunPage.h"
#include "VerifyPage.h"
#include "helperprotocol/HelperRunner.h"
#include "setup/WizardMemory.h"

#include <QAbstractButton>

SetupWizard::SetupWizard(const std::optional<LabSettings>& lab, Dialogs* dialogs, QWidget* parent)
    : QWizard(parent)
    , m_lab(lab)
    , m_dialogs(dialogs)
    , m_runner(new HelperRunner(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(isLab() ? tr("Set up time sync (lab)") : tr("Set up time sync"));
    setAccessibleName(windowTitle());
    // The native look on every desktop; the classic style also keeps the side pixmap out.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    setPage(DetectPageId, new DetectPage(this));
    setPage(RolePageId, new RolePage(this));
    setPage(PeerPageId, new PeerPage(this));
    setPage(ServerModePageId, new ServerModePage(this));
    setPage(PollingPageId, new PollingPage(this));
    setPage(MonitoringPageId, new MonitoringPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(ApplyPageId, new ApplyPage(this));
    setPage(VerifyPageId, new VerifyPage(this));
    setPage(SyncConfirmPageId, new SyncConfirmPage(this));
    setPage(SyncRunPageId, new SyncRunPage(this));
    setStartId(DetectPageId);
    for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                              QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton* b = button(which))
            b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    }
    resize(760, 600);
    connect(this, &QWizard::accepted, this, [this] {
        WizardMemory memory;
        memory.path = path();
        memory.peer = choices().peer;
        memory.save();
    });
}

SetupWizard::~SetupWizard() = default;

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case DetectPageId:
        return RolePageId;
    case RolePageId:
        return PeerPageId;
    case PeerPageId:
        switch (path()) {
        case SetupChoices::Path::Server:
            return ServerModePageId;
        case SetupChoices::Path::Client:
            return PollingPageId;
        case SetupChoices::Path::OneTimeSync:
            return SyncConfirmPageId;
        }
        return -1;
    case ServerModePageId:
    case PollingPageId:
        return MonitoringPageId;
    case MonitoringPageId:
        return ReviewPageId;
    case ReviewPageId:
        return ApplyPageId;
    case ApplyPageId:
        return VerifyPageId;
    case SyncConfirmPageId:
        return SyncRunPageId;
    default:
        return -1;
    }
}

SetupChoices::Path SetupWizard::path() const
{
    if (field(QStringLiteral("pathClient")).toBool())
        return SetupChoices::Path::Client;
    if (field(QStringLiteral("pathSync")).toBool())
        return SetupChoices::Path::OneTimeSync;
    return SetupChoices::Path::Server;
}

SetupChoices SetupWizard::choices() const
{
    SetupChoices c;
    c.path = path();
    c.peer = field(QStringLiteral("peer")).toString().trimmed();
    c.mode = field(QStringLiteral("poolsMode")).toBool() ? ServerMode::LocalAndPools : ServerMode::LocalOnly;
    c.stratum = field(QStringLiteral("stratum")).toInt();
    c.minpoll = field(QStringLiteral("minpoll")).toInt();
    c.maxpoll = field(QStringLiteral("maxpoll")).toInt();
    c.monitoring = field(QStringLiteral("monitoring")).toBool();
    c.monitorEverywhere = field(QStringLiteral("monitorEverywhere")).toBool();
    c.stepAlways = field(QStringLiteral("stepAlways")).toBool();
    c.ownAddress = field(QStringLiteral("ownAddress")).toString().trimmed();
    if (c.path != SetupChoices::Path::OneTimeSync) {
        const PairKeyBox* pairKey = static_cast<const MonitoringPage*>(page(MonitoringPageId))->pairKeyBox();
        c.key = pairKey->key();
        c.keepKeyId = pairKey->keptKeyId();
    }
    return c;
}

SetupTarget SetupWizard::target() const
{
    if (!m_lab)
        return SetupTarget::machine();
    // System 1 serves; following System 1 (also once) is what System 2 does.
    return SetupTarget::labSystem(*m_lab, path() == SetupChoices::Path::Server ? 1 : 2);
}

QString SetupWizard::peerSystemName() const
{
    return path() == SetupChoices::Path::Server ? tr("System 2") : tr("System 1");
}

void SetupWizard::reject()
{
    // While the helper changes chrony.conf the wizard stays: closing it would hide the outcome.
    if (m_runner->isRunning())
        return;
    QWizard::reject();
}
