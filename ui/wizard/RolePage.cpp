#include "RolePage.h"

#include "SetupWizard.h"
#include "setup/WizardMemory.h"
#include "widgets/ReasonLabel.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLabel* explanation(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RolePage::RolePage(QWidget* parent)
    : QWizardPage(parent)
    , m_server(new QRadioButton(tr("This system is System &1: it serves its clock"), this))
    , m_client(new QRadioButton(tr("This system is System &2: it follows System 1"), this))
    , m_sync(new QRadioButton(tr("&One-time sync only: set this clock once from System 1"), this))
    , m_reason(new ReasonLabel(this))
{
    setObjectName(QStringLiteral("rolePage"));
    setTitle(tr("What this system does"));
    setSubTitle(tr("Two systems keep the same time: System 1 is the reference, System 2 follows it."));
    m_server->setObjectName(QStringLiteral("serverRoleRadio"));
    m_client->setObjectName(QStringLiteral("clientRoleRadio"));
    m_sync->setObjectName(QStringLiteral("syncRoleRadio"));
    m_server->setAccessibleName(tr("System 1, serves its clock"));
    m_client->setAccessibleName(tr("System 2, follows System 1"));
    m_sync->setAccessibleName(tr("One-time sync only"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_server);
    group->addButton(m_client);
    group->addButton(m_sync);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_server);
    layout->addWidget(explanation(tr("Other systems set their clocks from this one. It keeps its own time (and, if "
                                     "you like, follows internet time servers)."),
                                  m_server));
    layout->addSpacing(8);
    layout->addWidget(m_client);
    layout->addWidget(explanation(tr("This system sets its clock from System 1, continuously, and keeps following "
                                     "it."),
                                  m_client));
    layout->addSpacing(8);
    layout->addWidget(m_sync);
    layout->addWidget(explanation(tr("Steps this clock to System 1's time once, now. No configuration changes; the "
                                     "clock is not kept in step afterwards."),
                                  m_sync));
    layout->addSpacing(12);
    layout->addWidget(m_reason);
    layout->addStretch(1);

    registerField(QStringLiteral("pathServer"), m_server);
    registerField(QStringLiteral("pathClient"), m_client);
    registerField(QStringLiteral("pathSync"), m_sync);
    for (QRadioButton* radio : {m_server, m_client, m_sync})
        connect(radio, &QRadioButton::toggled, this, &RolePage::completeChanged);
    connect(this, &RolePage::completeChanged, this, [this] {
        m_reason->setReason(isComplete() ? QString() : tr("Choose one of the three to continue."),
                            ReasonLabel::Kind::Warning);
    });
}

void RolePage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    if (wizard->isLab()) {
        setSubTitle(tr("In the lab, this window plays the system you choose; the other lab system is the peer."));
    }
    if (m_initialised)
        return;
    m_initialised = true;
    // Start from what the config says (or what was chosen last time); a fresh install decides nothing.
    const std::optional<DetectReport>& detect = wizard->detectReport();
    QRadioButton* preset = nullptr;
    if (detect && !wizard->isLab()) {
        if (detect->guess.role == RoleGuess::Role::Server)
            preset = m_server;
        else if (detect->guess.role == RoleGuess::Role::Client)
            preset = m_client;
    }
    if (!preset) {
        if (const std::optional<SetupChoices::Path> last = WizardMemory::load().path)
            preset = *last == SetupChoices::Path::Client        ? m_client
                     : *last == SetupChoices::Path::OneTimeSync ? m_sync
                                                                : m_server;
    }
    if (preset)
        preset->setChecked(true);
    emit completeChanged();
}

bool RolePage::isComplete() const
{
    return m_server->isChecked() || m_client->isChecked() || m_sync->isChecked();
}
