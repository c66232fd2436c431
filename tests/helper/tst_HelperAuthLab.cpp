#include "HelperProcess.h"
#include "LabFiles.h"
#include "LabFixture.h"
#include "config/ChronyKeyFile.h"
#include "config/PairKey.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperRequestWriter.h"
#include "privileged/AtomicFile.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Reads every process's command line, again and again while a helper runs: the key must not be
// in any of them (the helper's, chronyd -p's, the restarted chronyd's).
class ArgvWatch
{
public:
    explicit ArgvWatch(QList<QByteArray> secrets)
        : m_secrets(std::move(secrets))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { scan(); });
        m_timer.start(5);
    }

    int scans() const { return m_scans; }
    const QStringList& hits() const { return m_hits; }
    // Whether some scan saw a live process whose command line holds `word` (the watch did look).
    bool saw(const QByteArray& word) const { return m_seen.contains(word); }

private:
    void scan()
    {
        ++m_scans;
        const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
        for (const QString& pid : pids) {
            QFile file(u"/proc/%1/cmdline"_s.arg(pid));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray argv = file.readAll();
            for (const QByteArray& word : {"tandem-lab-helper"_ba, "chronyd"_ba})
                if (argv.contains(word))
                    m_seen.insert(word);
            for (const QByteArray& secret : m_secrets) {
                if (argv.contains(secret))
                    m_hits.append(QString::fromLocal8Bit(argv).replace(QChar(0), u' '));
            }
        }
    }

    QList<QByteArray> m_secrets;
    QTimer m_timer;
    int m_scans = 0;
    QStringList m_hits;
    QSet<QByteArray> m_seen;
};

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

} // namespace

// The authenticated pair on a real lab (both daemons on virtual clocks): the helper writes the
// pair's key into each system's key file and System 2 takes time only from replies with System 1's
// MAC. An impostor answering for System 1's address, without the key or with a wrong one, is never
// selected, while the same impostor is selected once System 2 does not ask for the key.
class tst_HelperAuthLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authenticatedPairSynchronises();
    void theKeyStaysSecret();
    void runAgainKeepsTheKey();
    void impostorIsNeverSelected_data();
    void impostorIsNeverSelected();
    void applyWithoutKeyTakesTandemsKeyOut();
    void keyTheServerLacksRollsBack();

private:
    LabSystemPaths paths(int index) const { return LabLayout::systemPaths(m_lab->directory(), index); }
    QString keyFile(int index) const { return paths(index).root + u"/etc/chrony/chrony.keys"_s; }
    HelperRequest request(int index, bool withKey) const;
    HelperRun apply(int index, bool withKey);
    QList<QByteArray> secretForms() const;
    // System 2 restarted afresh (no samples kept) with one server line for System 1's address.
    QString restartClient(bool withKey);

    std::unique_ptr<LabFixture> m_lab;
    PairKey m_key;
    QByteArray m_helperOutput;
};

void tst_HelperAuthLab::initTestCase()
{
    m_lab = std::make_unique<LabFixture>(Lab::Ownership::Detached);
    QVERIFY2(m_lab->start(), qPrintable(m_lab->failure()));
    m_key = PairKey::generate();
}

void tst_HelperAuthLab::cleanupTestCase()
{
    m_lab.reset();
}

HelperRequest tst_HelperAuthLab::request(int index, bool withKey) const
{
    HelperRequest request;
    request.action = HelperAction::Apply;
    request.monitoring = true;
    if (index == 1) {
        request.role = Role::Server;
        request.peer = m_lab->settings().clientAddress.toString();
    } else {
        request.role = Role::Client;
        request.peer = m_lab->settings().serverAddress.toString();
        request.minpoll = 1;
        request.maxpoll = 1;
    }
    if (withKey)
        request.key = m_key;
    return request;
}

QList<QByteArray> tst_HelperAuthLab::secretForms() const
{
    return {m_key.secret.toHex(), m_key.secret.toHex().toUpper(), m_key.code().toLatin1(),
            m_key.code().remove(u'-').toLatin1()};
}

HelperRun tst_HelperAuthLab::apply(int index, bool withKey)
{
    ArgvWatch watch(secretForms());
    HelperRun run = runHelper(labHelperBinary(), {u"--root"_s, paths(index).root},
                              HelperRequestWriter::toJson(request(index, withKey)));
    m_helperOutput += run.dump();
    qInfo("%d reads of every process's command line while the helper ran", watch.scans());
    [&] {
        QVERIFY(watch.saw("tandem-lab-helper"_ba)); // the watch looked while the helper ran
        QVERIFY2(watch.hits().isEmpty(), qPrintable(watch.hits().join(u"\n"_s)));
    }();
    return run;
}

void tst_HelperAuthLab::authenticatedPairSynchronises()
{
    const HelperRun server = apply(1, true);
    QVERIFY2(server.finished && server.exitCode == 0, server.dump().constData());
    const HelperRun client = apply(2, true);
    QVERIFY2(client.finished && client.exitCode == 0, client.dump().constData());
    QVERIFY(client.step(u"write"_s).value(u"keyFile"_s).toString().endsWith(u"/etc/chrony/chrony.keys"_s));
    // The helper's wait already asked chronyd (NTP_DATA) whether System 1's replies were authenticated.
    QCOMPARE(client.result().value(u"authenticated"_s).toBool(), true);
    QVERIFY(!server.result().contains(u"authenticated"_s));

    const QByteArray config = LabFiles::read(paths(2).configPath);
    QVERIFY2(config.contains(" key "_ba + QByteArray::number(m_key.id)), config.constData());
    QVERIFY2(config.contains("keyfile "_ba + QFile::encodeName(keyFile(2))), config.constData());
    for (const int index : {1, 2}) {
        const QByteArray keys = LabFiles::read(keyFile(index));
        QVERIFY(keys.contains(ChronyKeyFile::PairKeyMarker + '\n' + m_key.keyFileLine()));
        // Never readable by others; 0640 as Debian ships chrony.keys.
        QCOMPARE(int(QFile::permissions(keyFile(index)) & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)), 0);
        QVERIFY(QFile::permissions(keyFile(index)).testFlag(QFile::ReadGroup));
    }

    // chronyd itself says System 1's replies were authenticated, and System 2 follows System 1.
    const QHostAddress systemOne = m_lab->settings().serverAddress;
    Result<NtpDataReport> data = Error{};
    QVERIFY(waitUntil( // one question; asked again only when a loaded machine lost the answer
        [&] {
            data = LabFiles::ntpData(paths(2), systemOne);
            return data.ok();
        },
        20000));
    QVERIFY(data->authenticated());
    QVERIFY(data->totalValid > 0);
    bool selected = false;
    const Result<QList<SourceReport>> sources = LabFiles::sources(paths(2));
    QVERIFY(sources.ok());
    for (const SourceReport& source : *sources)
        selected |= source.state == SourceReport::State::Selected && source.name() == systemOne.toString();
    QVERIFY(selected);
}

// Not in the helper's output, and in no file of the lab but the two key files (logs, backups,
// configs, scratch copies), which others cannot read.
void tst_HelperAuthLab::theKeyStaysSecret()
{
    QVERIFY(!m_helperOutput.isEmpty());
    for (const QByteArray& secret : secretForms())
        QVERIFY2(!m_helperOutput.contains(secret), m_helperOutput.constData());
    QStringList holders;
    QDirIterator files(m_lab->directory(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        for (const QByteArray& secret : secretForms()) {
            if (contents.contains(secret))
                holders.append(path);
        }
    }
    holders.removeDuplicates();
    holders.sort();
    QCOMPARE(holders, QStringList({keyFile(1), keyFile(2)}));
}

// The wizard run again on System 1 (another stratum) keeps the pair's key: the key file is not
// touched and System 2 still gets authenticated replies; a key ID the file does not hold is refused.
void tst_HelperAuthLab::runAgainKeepsTheKey()
{
    const QByteArray keys = LabFiles::read(keyFile(1));
    HelperRequest again = request(1, false);
    again.stratum = 9;
    again.keepKeyId = m_key.id;
    const HelperRun kept =
        runHelper(labHelperBinary(), {u"--root"_s, paths(1).root}, HelperRequestWriter::toJson(again));
    QVERIFY2(kept.finished && kept.exitCode == 0, kept.dump().constData());
    QCOMPARE(LabFiles::read(keyFile(1)), keys);
    QVERIFY(LabFiles::read(paths(1).configPath).contains("local stratum 9\n"));
    QVERIFY(LabFiles::read(paths(1).configPath).contains("# Pair key "_ba + QByteArray::number(m_key.id) + ':'));

    HelperRequest client = request(2, false);
    client.keepKeyId = m_key.id;
    client.maxpoll = 2; // a change, so the helper restarts chronyd and waits again
    const HelperRun follows =
        runHelper(labHelperBinary(), {u"--root"_s, paths(2).root}, HelperRequestWriter::toJson(client));
    QVERIFY2(follows.finished && follows.exitCode == 0, follows.dump().constData());
    QCOMPARE(follows.result().value(u"authenticated"_s).toBool(), true);

    again.keepKeyId = m_key.id == PairKey::HighestId ? m_key.id - 1 : m_key.id + 1;
    const HelperRun refused =
        runHelper(labHelperBinary(), {u"--root"_s, paths(1).root}, HelperRequestWriter::toJson(again));
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, int(HelperExitCode::Refused));
    QVERIFY2(refused.dump().contains("is not in"), refused.dump().constData());
    QCOMPARE(LabFiles::read(keyFile(1)), keys);
}

void tst_HelperAuthLab::impostorIsNeverSelected_data()
{
    QTest::addColumn<bool>("impostorHasAKey");
    QTest::addRow("impostor with a wrong key") << true;
    QTest::addRow("impostor without a key") << false;
}

QString tst_HelperAuthLab::restartClient(bool withKey)
{
    const LabSettings& settings = m_lab->settings();
    QByteArray sources = "server "_ba + settings.serverAddress.toString().toLatin1() +
                         " iburst minpoll 1 maxpoll 1 port "_ba + QByteArray::number(settings.ntpPort);
    if (withKey)
        sources += " key "_ba + QByteArray::number(m_key.id);
    sources += "\nkeyfile "_ba + QFile::encodeName(keyFile(2)) + '\n';
    return LabFiles::restartWithSources(settings, 2, sources);
}

void tst_HelperAuthLab::impostorIsNeverSelected()
{
    QFETCH(bool, impostorHasAKey);
    const LabSettings& settings = m_lab->settings();
    const QHostAddress systemOne = settings.serverAddress;

    // The impostor: a chronyd on System 1's address and port that serves its own clock, with the
    // same key ID but another secret, or with no key file at all.
    QTemporaryDir impostorKeys;
    QByteArray impostor = "local stratum 10\nallow "_ba + settings.clientAddress.toString().toLatin1() + '\n';
    if (impostorHasAKey) {
        PairKey wrong = PairKey::generate();
        wrong.id = m_key.id;
        const QString path = impostorKeys.filePath(u"impostor.keys"_s);
        QVERIFY(AtomicFile::write(path, wrong.keyFileLine() + '\n', 0600).ok());
        impostor += "keyfile "_ba + QFile::encodeName(path) + '\n';
    }
    const QString restarted = LabFiles::restartWithSources(settings, 1, impostor);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));

    // System 2 with the key, from scratch: it asks and asks, and takes no sample.
    QString client = restartClient(true);
    QVERIFY2(client.isEmpty(), qPrintable(client));
    Result<NtpDataReport> data = Error{};
    QVERIFY(waitUntil(
        [&] {
            data = LabFiles::ntpData(paths(2), systemOne);
            return data.ok() && data->totalTx >= 6;
        },
        30000));
    QCOMPARE(data->totalValid, 0u);
    QVERIFY(!data->authenticated());
    const Result<QList<SourceReport>> sources = LabFiles::sources(paths(2));
    QVERIFY(sources.ok());
    for (const SourceReport& source : *sources) {
        QVERIFY(source.state != SourceReport::State::Selected);
        QCOMPARE(source.reachability, quint16(0));
    }

    // The same impostor, System 2 without the key: selected within a few polls.
    client = restartClient(false);
    QVERIFY2(client.isEmpty(), qPrintable(client));
    QVERIFY(waitUntil(
        [&] {
            const auto now = LabFiles::sources(paths(2));
            return now.ok() && std::any_of(now->cbegin(), now->cend(), [&](const SourceReport& source) {
                       return source.state == SourceReport::State::Selected && source.name() == systemOne.toString();
                   });
        },
        30000));
}

// A later apply without a key (authentication off) takes Tandem's key out again and leaves the
// admin's keys as they were.
void tst_HelperAuthLab::applyWithoutKeyTakesTandemsKeyOut()
{
    const QByteArray systemOne =
        "local stratum 10\nallow "_ba + m_lab->settings().clientAddress.toString().toLatin1() + '\n';
    const QString restarted = LabFiles::restartWithSources(m_lab->settings(), 1, systemOne);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    const QByteArray admins = "# the admin's own key\n17 SHA1 HEX:00112233445566778899AABBCCDDEEFF00112233\n"_ba;
    const QByteArray withTandems = LabFiles::read(keyFile(2));
    QVERIFY(AtomicFile::write(keyFile(2), admins + withTandems).ok());

    const HelperRun run = apply(2, false);
    QVERIFY2(run.finished && run.exitCode == 0, run.dump().constData());
    QVERIFY2(run.dump().contains("taken out of"), run.dump().constData());
    QCOMPARE(LabFiles::read(keyFile(2)), admins);
    QVERIFY(!LabFiles::read(paths(2).configPath).contains(" key "_ba));
}

// System 2 given a key System 1 does not hold: no reply is ever authenticated, so after its wait
// the helper puts the config and the key file back as they were, byte for byte.
void tst_HelperAuthLab::keyTheServerLacksRollsBack()
{
    const QByteArray config = LabFiles::read(paths(2).configPath);
    const QByteArray keys = LabFiles::read(keyFile(2));
    m_key = PairKey::generate(); // System 1 (plain since the test before) has no key at all
    const HelperRun run = apply(2, true);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, int(HelperExitCode::RolledBack));
    QVERIFY2(run.dump().contains("the same pairing code"), run.dump().constData());
    QCOMPARE(LabFiles::read(paths(2).configPath), config);
    QCOMPARE(LabFiles::read(keyFile(2)), keys);
}

QTEST_GUILESS_MAIN(tst_HelperAuthLab)
#include "tst_HelperAuthLab.moc"
