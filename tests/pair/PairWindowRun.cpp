#include "PairWindowRun.h"

#include "ChildProcesses.h"
#include "helperprotocol/HelperRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QWidget>

using namespace Qt::StringLiterals;

bool PairWindowRun::load()
{
    m_system1 = qEnvironmentVariable("TANDEM_PAIR_SYSTEM1");
    m_system2 = qEnvironmentVariable("TANDEM_PAIR_SYSTEM2");
    m_signalDir = qEnvironmentVariable("TANDEM_PAIR_SIGNAL_DIR");
    if (m_system1.isEmpty() || m_system2.isEmpty() || m_signalDir.isEmpty()) {
        m_problem = u"runs inside the pair test bed only (tests/pair/tst_pair_window.sh sets TANDEM_PAIR_SYSTEM1, "
                    u"TANDEM_PAIR_SYSTEM2 and TANDEM_PAIR_SIGNAL_DIR)"_s;
        return false;
    }
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    m_thisSystem = own.contains(QHostAddress(m_system1)) ? 1 : own.contains(QHostAddress(m_system2)) ? 2 : 0;
    if (m_thisSystem == 0) {
        m_problem =
            u"this network namespace has neither %1 nor %2: not a system of the bed"_s.arg(m_system1, m_system2);
        return false;
    }
    return true;
}

QByteArray PairWindowRun::chronyConf()
{
    QFile file(u"/etc/chrony/chrony.conf"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString PairWindowRun::askToKillHelper() const
{
    const QByteArray helper = HelperRunner::installedProgram(HelperAction::Apply).toLocal8Bit();
    // pkexec execs the helper in place: the same pid, with the helper's path as argv[0].
    const qint64 found = ChildProcesses::running(helper);
    if (found == 0)
        return u"no child of this process runs %1"_s.arg(QString::fromLocal8Bit(helper));
    return tellScript(u"kill-helper"_s,
                      QByteArray::number(QCoreApplication::applicationPid()) + ' ' + QByteArray::number(found) + '\n');
}

QString PairWindowRun::tellScript(const QString& name, const QByteArray& content) const
{
    // Written whole and renamed into place: the script polls for the file and must never read half of it.
    QSaveFile file(m_signalDir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(content);
    return file.commit() ? QString() : file.errorString();
}

void PairWindowRun::keepScreenshot(QWidget* widget, const QString& name) const
{
    if (!widget->grab().save(QDir(m_signalDir).filePath(name + QStringLiteral(".png"))))
        qWarning("could not save the screenshot %s in %s", qPrintable(name), qPrintable(m_signalDir));
}
