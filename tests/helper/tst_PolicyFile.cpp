#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The policy as cmake configured it for installation: valid against polkit's DTD, one action per
// privilege, nothing that changes the system allowed without an admin password, nothing at all for
// remote or inactive sessions, each bound to a helper in libexec.
class tst_PolicyFile : public QObject
{
    Q_OBJECT

private slots:
    void validAgainstPolkitDtd();
    void actions_data();
    void actions();

private:
    struct Action
    {
        QString message;
        QString allowAny, allowInactive, allowActive, execPath;
    };
    static QHash<QString, Action> readActions();
};

void tst_PolicyFile::validAgainstPolkitDtd()
{
    const QString dtd = u"/usr/share/polkit-1/policyconfig-1.dtd"_s;
    if (!QFile::exists(dtd))
        QSKIP("polkit's DTD is not installed (package polkitd)");
    QProcess xmllint;
    xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--dtdvalid"_s, dtd, QStringLiteral(TANDEM_POLICY_FILE)});
    QVERIFY2(xmllint.waitForFinished(20000), "xmllint did not finish");
    QVERIFY2(xmllint.exitCode() == 0, xmllint.readAllStandardError().constData());
}

QHash<QString, tst_PolicyFile::Action> tst_PolicyFile::readActions()
{
    QFile file(QStringLiteral(TANDEM_POLICY_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, Action> actions;
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"action"_s) {
            current = xml.attributes().value(u"id"_s).toString();
            actions.insert(current, {});
        } else if (current.isEmpty()) {
            continue;
        } else if (name == u"message"_s) {
            actions[current].message = xml.readElementText();
        } else if (name == u"allow_any"_s) {
            actions[current].allowAny = xml.readElementText();
        } else if (name == u"allow_inactive"_s) {
            actions[current].allowInactive = xml.readElementText();
        } else if (name == u"allow_active"_s) {
            actions[current].allowActive = xml.readElementText();
        } else if (name == u"annotate"_s &&
                   xml.attributes().value(u"key"_s) == u"org.freedesktop.policykit.exec.path"_s) {
            actions[current].execPath = xml.readElementText();
        }
    }
    return xml.hasError() ? QHash<QString, Action>() : actions;
}

void tst_PolicyFile::actions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("allowActive");
    const QString password = u"auth_admin_keep"_s;
    QTest::addRow("configure") << QStringLiteral(TANDEM_APP_ID ".configure") << u"tandem-helper"_s << password;
    QTest::addRow("sync-now") << QStringLiteral(TANDEM_APP_ID ".sync-now") << u"tandem-helper-sync-now"_s << password;
    // Read-only and one question: an active local session may ask it without a password.
    QTest::addRow("firewall-check") << QStringLiteral(TANDEM_APP_ID ".firewall-check")
                                    << u"tandem-helper-firewall-check"_s << u"yes"_s;
    QTest::addRow("firewall-open") << QStringLiteral(TANDEM_APP_ID ".firewall-open") << u"tandem-helper-firewall-open"_s
                                   << password;
}

void tst_PolicyFile::actions()
{
    QFETCH(QString, id);
    QFETCH(QString, program);
    QFETCH(QString, allowActive);
    const auto actions = readActions();
    QCOMPARE(actions.size(), 4);
    QVERIFY2(actions.contains(id), qPrintable(id));
    const Action action = actions.value(id);
    QCOMPARE(action.allowAny, u"no"_s);
    QCOMPARE(action.allowInactive, u"no"_s);
    QCOMPARE(action.allowActive, allowActive);
    QCOMPARE(action.execPath, QStringLiteral(TANDEM_HELPER_DIR) + u'/' + program);
    QVERIFY(action.execPath.startsWith(u'/'));
    QVERIFY(action.message.size() > 40);
}

QTEST_GUILESS_MAIN(tst_PolicyFile)
#include "tst_PolicyFile.moc"
