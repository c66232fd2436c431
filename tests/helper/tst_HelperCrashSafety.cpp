#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "config/ChronydConfigCheck.h"
#include "config/ConfFile.h"
#include "labhelper/LabHelperTarget.h"
#include "privileged/BackupStore.h"
#include "privileged/HelperRequestParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

// Nothing is ever left half-written: kill -9 the helper at many points of an apply, and a restart
// that does not come up brings the old config back with a running daemon.
class tst_HelperCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedDuringApply();
    void rollbackWhenTheNewConfigDoesNotComeUp();

private:
    LabSystemPaths paths(int index) const { return LabLayout::systemPaths(m_lab->directory(), index); }
    QByteArray expectedRender(const QByteArray& current, const QByteArray& request, int index);
    bool chronydAccepts(const QString& path, QString* problems);

    std::unique_ptr<LabFixture> m_lab;
};

void tst_HelperCrashSafety::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
}

void tst_HelperCrashSafety::cleanupTestCase()
{
    m_lab.reset();
}

QByteArray tst_HelperCrashSafety::expectedRender(const QByteArray& current, const QByteArray& request, int index)
{
    // The same core and the same lab derivation as the helper.
    const Result<HelperTarget> target = LabHelperTarget::forRoot(paths(index).root);
    const Result<HelperRequest> parsed = HelperRequestParser::parse(request);
    if (!target || !parsed)
        return {};
    const Result<ConfFile> rendered =
        applyProfile(ConfFile::parse(current, paths(index).configPath), target->adapt(profileFor(*parsed)));
    return rendered ? rendered->render() : QByteArray();
}

bool tst_HelperCrashSafety::chronydAccepts(const QString& path, QString* problems)
{
    ChronydConfigCheck check;
    QSignalSpy finished(&check, &ChronydConfigCheck::finished);
    check.start(path);
    if (!finished.wait(20000)) {
        *problems = u"chronyd -p did not finish"_s;
        return false;
    }
    const auto findings = finished.first().first().value<QList<LintFinding>>();
    for (const LintFinding& finding : findings)
        problems->append(finding.message);
    return findings.isEmpty();
}

void tst_HelperCrashSafety::killedDuringApply()
{
    constexpr int Kills = 50;
    const LabSystemPaths system1 = paths(1);
    const QString client = m_lab->settings().clientAddress.toString();
    auto request = [&](int stratum) {
        return R"({"action":"apply","role":"server","peer":")"_ba + client.toLatin1() +
               R"(","pools":false,"stratum":)"_ba + QByteArray::number(stratum) + "}";
    };
    const BackupStore backups(system1.root + u"/var/lib/tandem/backups"_s);

    // One undisturbed apply tells how long an apply takes here; the kills are spread over it.
    QElapsedTimer timer;
    timer.start();
    const HelperRun first = runHelper(labHelperBinary(), {u"--root"_s, system1.root}, request(11));
    QVERIFY2(first.finished && first.exitCode == 0, first.dump().constData());
    const qint64 applyMs = timer.elapsed();

    int sawOld = 0, sawNew = 0, completed = 0;
    for (int i = 0; i < Kills; ++i) {
        const QByteArray old = LabFiles::read(system1.configPath);
        const QByteArray next = request(old.contains("local stratum 11") ? 12 : 11);
        const QByteArray expected = expectedRender(old, next, 1);
        QVERIFY(!expected.isEmpty() && expected != old);

        QProcess process;
        process.start(labHelperBinary(), {u"--root"_s, system1.root});
        process.write(next);
        process.closeWriteChannel();
        QVERIFY(process.waitForStarted(5000));
        const int delayMs = int(applyMs * i / (Kills - 1));
        QEventLoop loop;
        QTimer::singleShot(delayMs, &loop, [&] {
            if (process.state() == QProcess::Running)
                ::kill(pid_t(process.processId()), SIGKILL);
        });
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(process.state(), QProcess::NotRunning);
        if (process.exitStatus() == QProcess::NormalExit) {
            QCOMPARE(process.exitCode(), 0);
            ++completed;
        }

        const QByteArray now = LabFiles::read(system1.configPath);
        QVERIFY2(now == old || now == expected,
                 qPrintable(u"kill %1 after %2 ms: config is neither"_s.arg(i).arg(delayMs)));
        QString problems;
        QVERIFY2(chronydAccepts(system1.configPath, &problems), qPrintable(problems));
        if (now == expected) {
            ++sawNew;
            bool backedUp = false;
            for (const QString& id : backups.list())
                backedUp |= backups.read(id).value() == old;
            QVERIFY2(backedUp, qPrintable(u"kill %1: new config without a backup of the old one"_s.arg(i)));
        } else {
            ++sawOld;
        }
    }
    qInfo("%d kills spread over %lld ms: %d left the old config, %d the new one (%d helpers finished first)", Kills,
          applyMs, sawOld, sawNew, completed);
    QVERIFY(sawOld > 0);
    QVERIFY(sawNew > 0);

    // Whatever the last kill interrupted (even the restart), one more apply brings everything back.
    const QByteArray last = LabFiles::read(system1.configPath);
    const HelperRun recover =
        runHelper(labHelperBinary(), {u"--root"_s, system1.root}, request(last.contains("local stratum 11") ? 12 : 11));
    QVERIFY2(recover.finished && recover.exitCode == 0, recover.dump().constData());
    QVERIFY(LabFiles::runningPid(system1) > 0);
    const QStringList leftovers =
        QDir(QFileInfo(system1.configPath).path()).entryList({u".chrony.conf.tandem-*"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    // Nor the check directories of helpers killed while chronyd -p read their candidate.
    const QStringList checks =
        QDir(system1.root + u"/var/lib/tandem/check"_s).entryList({u"check-*"_s}, QDir::Dirs | QDir::Hidden);
    QVERIFY2(checks.isEmpty(), qPrintable(checks.join(u", "_s)));
}

void tst_HelperCrashSafety::rollbackWhenTheNewConfigDoesNotComeUp()
{
    // System 2 told to follow an address where no server answers: chronyd starts, but never
    // selects it before the helper's deadline, so the helper must put the old config back.
    const LabSystemPaths system2 = paths(2);
    const QByteArray old = LabFiles::read(system2.configPath);
    const quint32 server = m_lab->settings().serverAddress.toIPv4Address();
    const QString nobody = QHostAddress((server & ~0xffu) | 9u).toString();
    const HelperRun run =
        runHelper(labHelperBinary(), {u"--root"_s, system2.root},
                  R"({"action":"apply","role":"client","peer":")"_ba + nobody.toLatin1() + "\"}", 120000);
    QVERIFY2(run.finished, run.dump().constData());
    QCOMPARE(run.exitCode, 6);
    QCOMPARE(run.result().value(u"result"_s).toString(), u"rolled-back"_s);
    QCOMPARE(run.step(u"wait"_s).value(u"ok"_s).toBool(true), false);
    QVERIFY(run.step(u"rollback"_s).value(u"ok"_s).toBool());
    QVERIFY(run.step(u"rollback-restart"_s).value(u"ok"_s).toBool());
    QVERIFY(run.step(u"rollback-wait"_s).value(u"ok"_s).toBool());
    QVERIFY(run.result().value(u"message"_s).toString().contains(u"previous config was put back"_s));
    QCOMPARE(LabFiles::read(system2.configPath), old);
    QVERIFY(LabFiles::runningPid(system2) > 0);
}

QTEST_GUILESS_MAIN(tst_HelperCrashSafety)
#include "tst_HelperCrashSafety.moc"
