#include "ChronyDetector.h"

#include "CompetingServices.h"
#include "cmdmon/CmdmonClient.h"
#include "config/ChronydConfigCheck.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr int VersionTimeoutMs = 5000;
} // namespace

ChronyDetector::ChronyDetector(QObject* parent)
    : QObject(parent)
{
    m_versionDeadline.setSingleShot(true);
    m_versionDeadline.setInterval(VersionTimeoutMs);
    connect(&m_versionDeadline, &QTimer::timeout, this, [this] { m_version.kill(); });
    connect(&m_version, &QProcess::finished, this, [this] {
        m_versionDeadline.stop();
        m_report.version = parseVersion(m_version.readAllStandardOutput() + m_version.readAllStandardError());
        oneDone();
    });
    connect(&m_version, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_versionDeadline.stop();
            oneDone();
        }
    });
}

ChronyDetector::~ChronyDetector()
{
    // ~QProcess kills a running chronyd --version and emits finished() after the timer beside it is
    // gone (UBSan caught it); the handlers must not run during destruction.
    m_version.disconnect(this);
}

QString ChronyDetector::parseVersion(const QByteArray& output)
{
    static const QRegularExpression pattern(u"^chronyd \\(chrony\\) version (\\S+)"_s,
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output));
    return match.hasMatch() ? match.captured(1) : QString();
}

void ChronyDetector::start(const SetupTarget& target)
{
    m_report = DetectReport();
    m_report.chronydPath = ChronydConfigCheck::chronydPath();
    m_report.commands = DistroCommands::forThisMachine();
    m_report.competing = target.isLab() ? QStringList() : CompetingServices::running();
    m_report.configPath = target.configPath();
    QFile config(m_report.configPath);
    if (config.open(QIODevice::ReadOnly)) {
        m_report.configFound = true;
        m_report.guess = RoleGuess::fromConfig(ConfFile::parse(config.read(1024 * 1024), m_report.configPath));
    }

    m_pending = 2;
    if (m_report.installed()) {
        m_versionDeadline.start();
        m_version.start(m_report.chronydPath, {u"--version"_s});
    } else {
        QMetaObject::invokeMethod(this, &ChronyDetector::oneDone, Qt::QueuedConnection);
    }

    if (m_client)
        m_client->deleteLater();
    m_client = new CmdmonClient(target.ownEndpoint(), this);
    m_client->setInitialTimeout(400);
    m_client->setRetries(1);
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        m_report.running = tracking.ok();
        if (tracking)
            m_report.tracking = *tracking;
        else
            m_report.notRunningReason = tracking.error();
        oneDone();
    });
}

void ChronyDetector::oneDone()
{
    if (--m_pending == 0)
        emit finished(m_report);
}
