#include "LabFixture.h"
#include "lab/LabConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_LabConfig : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = LabFixture::uniqueSettings(m_dir.path());
    }

    void isProfilePlusLabLines_data()
    {
        QTest::addColumn<int>("index");
        QTest::addRow("System 1") << 1;
        QTest::addRow("System 2") << 2;
    }
    void isProfilePlusLabLines()
    {
        QFETCH(int, index);
        const LabSystemPaths paths = LabLayout::systemPaths(m_dir.path(), index);
        const Result<QByteArray> rendered = LabConfig::render(m_settings, paths, index);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error()));
        const Profile profile =
            index == 1 ? LabConfig::serverProfile(m_settings) : LabConfig::clientProfile(m_settings);
        const Result<ConfFile> wizard = applyProfile(LabConfig::base(), profile);
        QVERIFY(wizard.ok());
        QByteArray expected = wizard->render();
        for (const QByteArray& line : LabConfig::labLines(m_settings, paths, index))
            expected += line + '\n';
        QCOMPARE(*rendered, expected);
    }

    void systemOneLines()
    {
        const QList<QByteArray> lines = renderedLines(1);
        const QByteArray server = m_settings.serverAddress.toString().toLatin1();
        const QByteArray client = m_settings.clientAddress.toString().toLatin1();
        QVERIFY(lines.contains("local stratum 10"_ba));
        QVERIFY(lines.contains("allow "_ba + client));
        QVERIFY(lines.contains("cmdallow "_ba + client));
        QVERIFY(lines.contains("bindcmdaddress "_ba + server));
        QVERIFY(lines.contains("bindaddress "_ba + server));
        QVERIFY(lines.contains("port "_ba + QByteArray::number(m_settings.ntpPort)));
        QVERIFY(lines.contains("cmdport "_ba + QByteArray::number(m_settings.cmdPort)));
        const LabSystemPaths paths = LabLayout::systemPaths(m_dir.path(), 1);
        QVERIFY(lines.contains("bindcmdaddress "_ba + paths.socketPath.toLocal8Bit()));
        QVERIFY(lines.contains("pidfile "_ba + paths.pidPath.toLocal8Bit()));
        QVERIFY(lines.contains("driftfile "_ba + paths.driftPath.toLocal8Bit()));
        for (const QByteArray& line : lines)
            QVERIFY2(!line.startsWith("server ") && !line.startsWith("bindacqaddress"), line.constData());
    }

    void systemTwoLines()
    {
        const QList<QByteArray> lines = renderedLines(2);
        const QByteArray server = m_settings.serverAddress.toString().toLatin1();
        const QByteArray client = m_settings.clientAddress.toString().toLatin1();
        QVERIFY(lines.contains("server "_ba + server + " iburst minpoll 1 maxpoll 1 port "_ba +
                               QByteArray::number(m_settings.ntpPort)));
        QVERIFY(lines.contains("bindacqaddress "_ba + client));
        QVERIFY(lines.contains("bindaddress "_ba + client));
        QVERIFY(lines.contains("bindcmdaddress "_ba + client));
        QVERIFY(lines.contains("cmdallow "_ba + server));
        for (const QByteArray& line : lines)
            QVERIFY2(!line.startsWith("local "), line.constData());
    }

    void chronydAcceptsBoth()
    {
        // chronyd -p parses a config and prints it, without starting (chronyd(8), -p).
        for (int index = 1; index <= 2; ++index) {
            const LabSystemPaths paths = LabLayout::systemPaths(m_dir.path(), index);
            QVERIFY(LabLayout::prepare(paths).ok());
            QFile file(paths.configPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*LabConfig::render(m_settings, paths, index));
            file.close();
            const ProgramRun run = runProgram(u"chronyd"_s, {u"-p"_s, u"-f"_s, paths.configPath}, 10000);
            QVERIFY(run.finished);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.out.contains(u"bindacqaddress"_s) == (index == 2));
        }
    }

private:
    QList<QByteArray> renderedLines(int index) const
    {
        const Result<QByteArray> text =
            LabConfig::render(m_settings, LabLayout::systemPaths(m_dir.path(), index), index);
        return text.ok() ? text->split('\n') : QList<QByteArray>();
    }

    QTemporaryDir m_dir{u"/tmp/tandem-labconf-XXXXXX"_s};
    LabSettings m_settings;
};

QTEST_GUILESS_MAIN(tst_LabConfig)
#include "tst_LabConfig.moc"
