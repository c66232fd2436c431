#include "FirewallPanel.h"

#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperProgressText.h"
#include "helperprotocol/HelperRunner.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirewallPanel::FirewallPanel(QWidget* parent)
    : QWidget(parent)
    , m_runner(new HelperRunner(this))
    , m_result(new QLabel(this))
    , m_check(new QPushButton(tr("Check this system's &firewall"), this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("firewallPanel"));
    m_result->setObjectName(QStringLiteral("firewallResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setObjectName(QStringLiteral("firewallCheckButton"));
    m_check->setAccessibleName(tr("Check this system's firewall"));
    m_check->setAutoDefault(false);
    m_open->setObjectName(QStringLiteral("firewallOpenButton"));
    m_open->setAccessibleName(tr("Open the port for the other system")); // named exactly once a check found one
    m_open->setAutoDefault(false);
    m_open->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_result);
    auto* row = new QHBoxLayout();
    row->addWidget(m_check);
    row->addWidget(m_open);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_check, &QPushButton::clicked, this, &FirewallPanel::check);
    connect(m_open, &QPushButton::clicked, this, &FirewallPanel::open);
}

void FirewallPanel::setPeer(const QHostAddress& peer, const QList<quint16>& ports)
{
    m_peer = peer;
    m_ports = ports;
    m_findings.clear();
    m_failure.clear();
    m_result->clear();
    m_open->hide();
}

bool FirewallPanel::isBusy() const
{
    return m_runner->isRunning();
}

void FirewallPanel::check()
{
    if (m_peer.isNull() || isBusy())
        return;
    m_findings.clear();
    m_failure.clear();
    m_pending = m_ports;
    m_open->hide();
    m_check->setEnabled(false);
    m_result->setText(tr("Checking this system's firewall for %1…").arg(m_peer.toString()));
    disconnect(m_runner, &HelperRunner::finished, this, nullptr);
    connect(m_runner, &HelperRunner::finished, this, &FirewallPanel::checked);
    runNext();
}

void FirewallPanel::runNext()
{
    if (m_pending.isEmpty()) {
        m_check->setEnabled(true);
        showFindings();
        return;
    }
    HelperRequest request;
    request.action = HelperAction::FirewallCheck;
    request.peer = m_peer.toString();
    request.port = m_pending.takeFirst();
    m_runner->start(request, {});
}

void FirewallPanel::checked(int exitCode, const QJsonObject& result)
{
    if (result.contains(QStringLiteral("firewall"))) {
        m_findings.append(FirewallFinding::fromJson(result.value(QStringLiteral("firewall")).toObject()));
    } else if (exitCode != HelperExitCode::Ok) {
        m_failure = HelperProgressText::describeResult(exitCode, result); // HelperRunner always gives a message
        m_pending.clear();
    }
    runNext();
}

void FirewallPanel::showFindings()
{
    QStringList lines;
    const FirewallFinding* blocked = nullptr;
    for (const FirewallFinding& finding : m_findings) {
        const QString mark = finding.verdict == FirewallFinding::Verdict::Open      ? QStringLiteral("✓")
                             : finding.verdict == FirewallFinding::Verdict::Blocked ? QStringLiteral("✗")
                                                                                    : QStringLiteral("?");
        QString line = mark + QLatin1Char(' ') + finding.summary().toHtmlEscaped();
        for (const QString& command : finding.commands)
            line += QStringLiteral("<br>&nbsp;&nbsp;<code>%1</code>").arg(command.toHtmlEscaped());
        lines << line;
        if (finding.verdict == FirewallFinding::Verdict::Blocked && !blocked)
            blocked = &finding;
    }
    if (!m_failure.isEmpty())
        lines << QStringLiteral("✗ ") + m_failure.toHtmlEscaped();
    m_result->setText(lines.join(QStringLiteral("<br>")));
    if (blocked) {
        m_open->setText(tr("&Open UDP %1 for %2").arg(blocked->port).arg(blocked->peer));
        m_open->setAccessibleName(tr("Open UDP %1 for %2").arg(blocked->port).arg(blocked->peer));
        m_open->setProperty("port", blocked->port);
        m_open->show();
    } else {
        m_open->hide();
    }
}

void FirewallPanel::open()
{
    if (isBusy())
        return;
    HelperRequest request;
    request.action = HelperAction::FirewallOpen;
    request.peer = m_peer.toString();
    request.port = m_open->property("port").toInt();
    m_open->setEnabled(false);
    m_check->setEnabled(false);
    m_result->setText(
        tr("Opening UDP %1 for %2 (your administrator password is asked for)…").arg(request.port).arg(request.peer));
    disconnect(m_runner, &HelperRunner::finished, this, nullptr);
    connect(m_runner, &HelperRunner::finished, this, &FirewallPanel::openFinished);
    m_runner->start(request, {});
}

void FirewallPanel::openFinished(int exitCode, const QJsonObject& result)
{
    m_open->setEnabled(true);
    m_check->setEnabled(true);
    if (exitCode == HelperExitCode::Ok) {
        emit opened();
        check(); // show every port's verdict again, from the firewall as it is now
        return;
    }
    m_result->setText(QStringLiteral("✗ ") + HelperProgressText::describeResult(exitCode, result).toHtmlEscaped());
}
