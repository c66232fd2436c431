#include "ReviewPage.h"

#include "SetupWizard.h"
#include "config/PeerAccess.h"
#include "setup/PairBundle.h"
#include "widgets/Dialogs.h"
#include "widgets/DiffHighlighter.h"
#include "widgets/ReasonLabel.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(QWidget* parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_findings(new QListWidget(this))
    , m_ownAddressLabel(new QLabel(this))
    , m_ownAddress(new QLineEdit(this))
    , m_otherTitle(new QLabel(this))
    , m_other(new QPlainTextEdit(this))
    , m_pairCode(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_export(new QPushButton(tr("&Export the other system's config…"), this))
    , m_reason(new ReasonLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review the change"));
    setSubTitle(tr("Nothing has changed yet."));
    setCommitPage(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("Changes to chrony.conf"));
    m_diff->setReadOnly(true);
    m_diff->setFont(mono);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setTabChangesFocus(true);
    new DiffHighlighter(m_diff->document());
    m_findings->setObjectName(QStringLiteral("lintFindingsList"));
    m_findings->setAccessibleName(tr("Lint findings"));
    m_findings->setMaximumHeight(90);
    // Findings are sentences: wrapped at the list's width, with small icons, never scrolled sideways.
    m_findings->setWordWrap(true);
    m_findings->setIconSize(QSize(16, 16));
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_ownAddress->setObjectName(QStringLiteral("ownAddressEdit"));
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_ownAddressLabel->setBuddy(m_ownAddress);
    m_ownAddress->setAccessibleName(tr("This system's address, as the other system reaches it"));
    m_other->setObjectName(QStringLiteral("otherConfigView"));
    m_other->setAccessibleName(tr("The other system's matching chrony.conf"));
    m_other->setReadOnly(true);
    m_other->setFont(mono);
    m_other->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_other->setTabChangesFocus(true);
    m_pairCode->setObjectName(QStringLiteral("pairingCodeLabel"));
    m_pairCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pairCode->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyOtherConfigButton"));
    m_export->setObjectName(QStringLiteral("exportOtherConfigButton"));
    m_copy->setAutoDefault(false);
    m_export->setAutoDefault(false);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    auto* thisTab = new QWidget(tabs);
    auto* thisLayout = new QVBoxLayout(thisTab);
    thisLayout->addWidget(m_diff, 1);
    auto* findingsLabel = new QLabel(tr("&Findings on the new file:"), thisTab);
    findingsLabel->setBuddy(m_findings);
    thisLayout->addWidget(findingsLabel);
    thisLayout->addWidget(m_findings);
    tabs->addTab(thisTab, tr("&This system's chrony.conf"));

    auto* otherTab = new QWidget(tabs);
    auto* otherLayout = new QGridLayout(otherTab);
    otherLayout->addWidget(m_ownAddressLabel, 0, 0);
    otherLayout->addWidget(m_ownAddress, 0, 1, 1, 2);
    otherLayout->addWidget(m_otherTitle, 1, 0, 1, 3);
    otherLayout->addWidget(m_other, 2, 0, 1, 3);
    otherLayout->addWidget(m_pairCode, 3, 0, 1, 3);
    otherLayout->addWidget(m_copy, 4, 1);
    otherLayout->addWidget(m_export, 4, 2);
    otherLayout->setColumnStretch(0, 1);
    tabs->addTab(otherTab, tr("The &other system"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_reason);

    registerField(QStringLiteral("ownAddress"), m_ownAddress);
    connect(m_ownAddress, &QLineEdit::textChanged, this, &ReviewPage::rebuild);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_other->toPlainText()); });
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::exportOtherConfig);
}

void ReviewPage::initializePage()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    const SetupTarget target = wizard->target();
    const QString other = wizard->peerSystemName();
    m_ownAddressLabel->setText(tr("This system's address, as %1 reaches it:").arg(other));
    m_ownAddress->setAccessibleName(tr("This system's address, as %1 reaches it").arg(other));
    m_copy->setAccessibleName(tr("Copy %1's config").arg(other));
    m_export->setAccessibleName(tr("Export %1's config to a file").arg(other));
    // A few KB from a local disk: read here rather than in a thread.
    QFile file(target.configPath());
    m_readError.clear();
    if (file.open(QIODevice::ReadOnly))
        m_current = file.read(1024 * 1024);
    else
        m_readError = tr("Cannot read %1: %2").arg(target.configPath(), file.errorString());
    QSignalBlocker blocker(m_ownAddress);
    m_ownAddress->setText(target.isLab() ? target.ownAddress().toString() : guessOwnAddress(wizard->choices().peer));
    lookUpPeer();
    rebuild();
}

void ReviewPage::lookUpPeer()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_peerAddresses.clear();
    m_lookupError.clear();
    Profile profile;
    const SetupChoices choices = wizard->choices();
    profile.role = choices.path == SetupChoices::Path::Server ? Role::Server : Role::Client;
    profile.peer = choices.peer;
    profile.monitoring = choices.monitoring;
    if (choices.path == SetupChoices::Path::OneTimeSync || !PeerAccess::needsLookup(profile))
        return;
    m_lookupId = QHostInfo::lookupHost(choices.peer, this, [this, profile](const QHostInfo& info) {
        m_lookupId = -1;
        const Result<QStringList> addresses = PeerAccess::addressesFrom(info, profile);
        if (addresses)
            m_peerAddresses = *addresses;
        else
            m_lookupError = addresses.error();
        rebuild();
    });
}

void ReviewPage::rebuild()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    if (!wizard)
        return;
    m_plan.reset();
    m_findings->clear();
    if (!m_readError.isEmpty()) {
        m_reason->setReason(m_readError);
        m_diff->clear();
        emit completeChanged();
        return;
    }
    if (m_lookupId >= 0 || !m_lookupError.isEmpty()) {
        m_reason->setReason(m_lookupId >= 0 ? tr("Looking up %1's addresses…").arg(wizard->choices().peer)
                                            : m_lookupError);
        m_diff->clear();
        emit completeChanged();
        return;
    }
    SetupChoices choices = wizard->choices();
    choices.ownAddress = m_ownAddress->text().trimmed();
    choices.peerAddresses = m_peerAddresses;
    Result<SetupPlan> plan = SetupPlan::make(choices, wizard->target(), m_current);
    if (!plan) {
        m_reason->setReason(plan.error());
        m_diff->clear();
        emit completeChanged();
        return;
    }
    m_plan = std::move(plan).value();
    m_reason->clear();
    const QString how = wizard->isLab() ? tr("through tandem-helper in the lab (no password)")
                                        : tr("through tandem-helper (your administrator password is asked for)");
    m_summary->setText(m_plan->changesNothing()
                           ? tr("%1 already has these settings: applying changes nothing and restarts nothing.")
                                 .arg(m_plan->configPath)
                           : tr("Apply writes these changes to %1 %2, after a backup, and restarts chrony. If chrony "
                                "does not come up with them, the previous file is put back.")
                                 .arg(m_plan->configPath, how));
    m_diff->setPlainText(m_plan->changesNothing() ? tr("(no changes)") : QString::fromUtf8(m_plan->diff));
    for (const LintFinding& finding : m_plan->findings) {
        const QString icon = finding.severity == LintFinding::Severity::Error     ? QStringLiteral("error")
                             : finding.severity == LintFinding::Severity::Warning ? QStringLiteral("warning")
                                                                                  : QStringLiteral("ok");
        const QString text = finding.hint.isEmpty()
                                 ? tr("line %1: %2").arg(finding.line).arg(finding.message)
                                 : tr("line %1: %2 (%3)").arg(finding.line).arg(finding.message, finding.hint);
        new QListWidgetItem(QIcon(QStringLiteral(":/tandem/icons/%1.svg").arg(icon)), text, m_findings);
    }
    if (m_plan->findings.isEmpty())
        new QListWidgetItem(QIcon(QStringLiteral(":/tandem/icons/ok.svg")), tr("No findings."), m_findings);

    const bool haveOther = !m_plan->otherSystemConfig.isEmpty();
    m_otherTitle->setText(
        haveOther ? tr("%1's chrony.conf to match (shown over a default Debian config; Tandem "
                       "writes the same when run there):")
                        .arg(wizard->peerSystemName())
                  : tr("Enter this system's address above to get %1's matching config.").arg(wizard->peerSystemName()));
    m_other->setPlainText(QString::fromUtf8(m_plan->otherSystemConfig));
    const std::optional<PairKey>& key = m_plan->request.key;
    const bool server = wizard->path() == SetupChoices::Path::Server;
    const bool showCode = key && server;
    const bool keeping = server && m_plan->request.keepKeyId;
    m_pairCode->setVisible(showCode || keeping);
    if (keeping)
        m_pairCode->setText(
            tr("The pair's key %1 stays as it is: System 2 needs no new code.").arg(*m_plan->request.keepKeyId));
    if (showCode)
        m_pairCode->setText(tr("System 2's pairing code (key %1): <b><code>%2</code></b><br>Type it into System 2's "
                               "wizard, or export it to a file only you can read and delete that file afterwards.")
                                .arg(key->id)
                                .arg(key->code()));
    m_export->setText(showCode ? tr("&Export System 2's pairing file…") : tr("&Export the other system's config…"));
    m_export->setAccessibleName(showCode ? tr("Export System 2's pairing file")
                                         : tr("Export %1's config to a file").arg(wizard->peerSystemName()));
    m_copy->setEnabled(haveOther);
    m_export->setEnabled(haveOther || showCode);
    emit completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_plan.has_value();
}

void ReviewPage::exportOtherConfig()
{
    auto* wizard = qobject_cast<SetupWizard*>(this->wizard());
    if (!m_plan)
        return;
    const bool server = wizard->path() == SetupChoices::Path::Server;
    // With a key, System 2 gets a pairing file: the code and its config, readable by the owner only.
    const bool bundle = server && m_plan->request.key;
    const QString name = bundle   ? QStringLiteral("system2.tandem-pair")
                         : server ? QStringLiteral("system2-chrony.conf")
                                  : QStringLiteral("system1-chrony.conf");
    const QString path = wizard->dialogs()->saveFileName(
        this, bundle ? tr("Export System 2's pairing file") : tr("Export the other system's config"),
        QDir::home().filePath(name), bundle ? tr("Tandem pairing file (*.tandem-pair)") : tr("chrony config (*.conf)"));
    if (path.isEmpty())
        return;
    if (bundle) {
        // The file dialog asked before replacing a file; a new one is created 0600 in its place.
        QFile::remove(path);
        const Status written = PairBundle::writeNew(
            path, PairBundle::render(*m_plan->request.key, m_plan->otherSystemTitle, m_plan->otherSystemConfig));
        if (!written)
            wizard->dialogs()->showError(this, tr("Export failed"), written.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_plan->otherSystemConfig) != m_plan->otherSystemConfig.size() ||
        !file.commit()) {
        wizard->dialogs()->showError(this, tr("Export failed"),
                                     tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}
