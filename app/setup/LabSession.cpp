#include "LabSession.h"

#include "lab/Lab.h"
#include "lab/LabStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

LabSession::LabSession(QObject* parent)
    : QObject(parent)
{}

LabSession::~LabSession() = default;

QString LabSession::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + u"/tandem-lab"_s;
}

LabSettings LabSession::leapRehearsal(const LabSettings& settings)
{
    LabSettings rehearsal = settings;
    rehearsal.date = QDateTime(QDate(2016, 12, 31), QTime(23, 0), Qt::UTC);
    rehearsal.clocks = {};
    return rehearsal;
}

void LabSession::open(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    m_attached = false;
    if (QFileInfo::exists(labSettingsPath(absolute))) {
        const Result<LabSettings> saved = loadLabSettings(absolute);
        if (saved) {
            m_settings = *saved;
            emit progress(QCoreApplication::translate("LabSession", "Looking at the lab in %1").arg(absolute));
            delete m_query;
            m_query = new LabStatusQuery(m_settings, this);
            connect(m_query, &LabStatusQuery::finished, this, [this](const LabStatus& status) {
                if (status.system1.tracking && status.system2.tracking) {
                    m_attached = true;
                    emit ready(m_settings);
                    return;
                }
                startLab();
            });
            m_query->start();
            return;
        }
    }
    m_settings = LabSettings();
    m_settings.directory = absolute;
    startLab();
}

void LabSession::startLab()
{
    if (!QDir().mkpath(m_settings.directory)) {
        emit failed(
            QCoreApplication::translate("LabSession", "Cannot create the lab directory %1.").arg(m_settings.directory));
        return;
    }
    delete m_lab;
    m_lab = new Lab(m_settings, this);
    m_lab->setOwnership(Lab::Ownership::Detached);
    connect(m_lab, &Lab::progress, this, &LabSession::progress);
    connect(m_lab, &Lab::started, this, [this] { emit ready(m_settings); });
    connect(m_lab, &Lab::failed, this, &LabSession::failed);
    m_lab->start();
}

void LabSession::stop()
{
    m_restartWith.reset();
    stopLab();
}

void LabSession::restart(const LabSettings& settings)
{
    m_restartWith = settings;
    m_restartWith->directory = m_settings.directory;
    stopLab();
}

void LabSession::stopLab()
{
    delete m_lab;
    m_lab = new Lab(m_settings, this);
    connect(m_lab, &Lab::stopped, this, &LabSession::onLabStopped);
    connect(m_lab, &Lab::failed, this, &LabSession::failed);
    m_lab->stop();
}

void LabSession::onLabStopped()
{
    if (!m_restartWith) {
        emit stopped();
        return;
    }
    m_settings = *m_restartWith;
    m_restartWith.reset();
    m_attached = false;
    // Not from inside the stopped Lab's own signal: startLab() replaces that Lab.
    QMetaObject::invokeMethod(this, &LabSession::startLab, Qt::QueuedConnection);
}
