#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TandemResources.h"
#include "cmdmon/CmdmonError.h"
#include "config/AddressValidator.h"
#include "panel/LivePanel.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizardPage>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The window speaks the user's language: every shipped catalogue loads, the committed .ts files are
// complete (no unfinished message, the same %1/%n placeholders as the English text), a German or
// French locale shows the wizard in that language through the same installTandemTranslators() that
// main() calls, and the real `tandem` binary follows LC_ALL on its own.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyShippedCatalogueLoads_data();
    void everyShippedCatalogueLoads();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cataloguesMatchTheSources();
    void windowMnemonicsAreUnique_data();
    void windowMnemonicsAreUnique();
    void wizardFollowsTheLocale_data();
    void wizardFollowsTheLocale();
    void binaryFollowsTheSystemLocale();
    void coreMessagesFollowTheLocale_data();
    void coreMessagesFollowTheLocale();

private:
    QTemporaryDir m_dir;
    LabSettings m_lab;
    ScriptedDialogs m_dialogs;
};

void tst_Translations::initTestCase()
{
    initTandemResources();
    QVERIFY(m_dir.isValid());
    // The wizard is only built, never shown: Detect does not run and nothing is sent to these addresses.
    m_lab.directory = m_dir.path();
    m_lab.serverAddress = QHostAddress(u"127.250.7.2"_s);
    m_lab.clientAddress = QHostAddress(u"127.250.7.3"_s);
}

void tst_Translations::cleanup()
{
    installTandemTranslators(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Translations::everyShippedCatalogueLoads_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QStringList found;
    QDirIterator it(u":/i18n"_s, {u"*.qm"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString language = path.section(u'_', -1).section(u'.', 0, 0);
        found << language;
        QTest::addRow("%s", qPrintable(language)) << path << language;
    }
    found.sort();
    QCOMPARE(found, QStringList({u"de"_s, u"fr"_s}));
}

void tst_Translations::everyShippedCatalogueLoads()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());
    QVERIFY2(translator.language().startsWith(language), qPrintable(translator.language()));
    // A string every build has: the wizard's first page title.
    const QString title = translator.translate("DetectPage", "What is there now");
    QVERIFY(!title.isEmpty());
    QVERIFY(title != u"What is there now"_s);
}

void tst_Translations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& language : {u"de"_s, u"fr"_s}) {
        QTest::addRow("%s", qPrintable(language))
            << QStringLiteral(TANDEM_SOURCE_DIR) + u"/translations/tandem_"_s + language + u".ts"_s;
    }
}

// %1..%99, %L1 and %n, each counted once: a translation may reorder them but not drop or add one.
static QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

void tst_Translations::catalogueIsComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    QStringList problems;
    int messages = 0;
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"source"_s) {
            source = xml.readElementText();
        } else if (name == u"translation"_s) {
            ++messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            // Plural forms come as <numerusform> children; their placeholders are checked one by one.
            QStringList forms;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != u"translation"_s) {
                if (xml.atEnd())
                    break;
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    forms << xml.readElementText();
            }
            if (forms.isEmpty())
                forms << text;
            const QString where = context + u": "_s + source.left(60);
            if (!type.isEmpty()) {
                problems << type + u": "_s + where;
                continue;
            }
            for (const QString& form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems << u"empty: "_s + where;
                else if (placeholders(form) != placeholders(source) &&
                         !(source.contains(u"%n"_s) && placeholders(form) == QStringList()))
                    problems << u"placeholders differ: "_s + where;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, "fewer messages than the window has");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::wizardFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("hasCatalogue");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("next");
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany) << true << u"Bestandsaufnahme"_s
                            << u"&Weiter >"_s;
    QTest::addRow("Austrian German") << QLocale(QLocale::German, QLocale::Austria) << true << u"Bestandsaufnahme"_s
                                     << u"&Weiter >"_s;
    QTest::addRow("French") << QLocale(QLocale::French, QLocale::France) << true << u"État des lieux"_s
                            << u"&Suivant >"_s;
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << false << u"What is there now"_s
                             << u"&Next >"_s;
}

void tst_Translations::wizardFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, hasCatalogue);
    QFETCH(QString, title);
    QFETCH(QString, next);
    QCOMPARE(installTandemTranslators(locale), hasCatalogue);
    SetupWizard wizard(m_lab, &m_dialogs);
    QCOMPARE(wizard.page(SetupWizard::DetectPageId)->title(), title);
    // Qt's own catalogue (qt6-translations-l10n) translates the wizard's buttons.
    QCOMPARE(wizard.buttonText(QWizard::NextButton), next);
}

// "Complete" only means something if the committed catalogues hold every string the sources mark for
// translation: lupdate, run the way update_translations runs it, must find nothing to add or remove.
void tst_Translations::cataloguesMatchTheSources()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString project = work.filePath(u"project.json"_s);
    QProcess generate;
    generate.setProcessChannelMode(QProcess::MergedChannels);
    generate.start(QStringLiteral(TANDEM_CMAKE),
                   {u"-DIN_FILE=%1"_s.arg(QStringLiteral(TANDEM_LUPDATE_PROJECT)), u"-DOUT_FILE=%1"_s.arg(project),
                    u"-P"_s, QStringLiteral(TANDEM_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());

    QStringList copies;
    for (const QString& language : {u"de"_s, u"fr"_s}) {
        const QString committed = QStringLiteral(TANDEM_SOURCE_DIR) + u"/translations/tandem_%1.ts"_s.arg(language);
        copies << work.filePath(u"tandem_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(committed, copies.constLast()));
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TANDEM_LUPDATE),
                  QStringList{u"-project"_s, project, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s} +
                      copies);
    QVERIFY(lupdate.waitForFinished(120000));
    const QByteArray report = lupdate.readAll();
    QVERIFY2(lupdate.exitCode() == 0, report.constData());
    for (const QString& copy : std::as_const(copies)) {
        QFile updated(copy);
        QFile committed(QStringLiteral(TANDEM_SOURCE_DIR) + u"/translations/"_s + QFileInfo(copy).fileName());
        QVERIFY(updated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QVERIFY2(updated.readAll() == committed.readAll(),
                 qPrintable(u"%1 is out of date; run: cmake --build build --target update_translations, then "
                            "translate what it adds. lupdate said:\n%2"_s.arg(committed.fileName(),
                                                                              QString::fromLocal8Bit(report))));
    }
}

namespace {

// The Alt+ letter of a text ("E&xport" -> 'x'), or a null QChar; "&&" is a literal ampersand.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every text that answers an Alt+ key in the window as it is now: the menu bar, visible buttons,
// labels with a buddy, and all tabs of visible tab bars. Clashes as "x: A / B" lines.
QStringList mnemonicClashes(QWidget* window)
{
    QStringList texts;
    for (QAction* menu : window->findChild<QMenuBar*>()->actions())
        texts << menu->text();
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            texts << button->text();
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            texts << label->text();
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i)
            texts << bar->tabText(i);
    }
    QHash<QChar, QStringList> byLetter;
    for (const QString& text : std::as_const(texts)) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            byLetter[letter] << text;
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QString(it.key()) + u": "_s + it.value().join(u" / "_s);
    }
    return clashes;
}

} // namespace

void tst_Translations::windowMnemonicsAreUnique_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany);
    QTest::addRow("French") << QLocale(QLocale::French, QLocale::France);
}

// One Alt+ letter must not mean two things in the main window, in any shipped language, whether the
// chart follows live or is paused (its buttons change then). No chronyd runs for this window, so its
// banner with "Open the lab" is up too.
void tst_Translations::windowMnemonicsAreUnique()
{
    QFETCH(QLocale, locale);
    installTandemTranslators(locale);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window(&m_dialogs);
    window.showMachine();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget*>(u"chronyBanner"_s)->isVisible(), 10000);
    QStringList clashes = mnemonicClashes(&window);
    QVERIFY2(clashes.isEmpty(), qPrintable(u"following: "_s + clashes.join(u"; "_s)));
    window.livePanel()->setFollowing(false);
    clashes = mnemonicClashes(&window);
    QVERIFY2(clashes.isEmpty(), qPrintable(u"paused: "_s + clashes.join(u"; "_s)));
}

// The core's messages reach the wizard inside translated sentences: they are translated too, not
// English inside German or French.
void tst_Translations::coreMessagesFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("refusal");
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << u"„192.168.1.2 iburst“ ist keine gültige Adresse"_s << u"chronyd lehnte ab"_s;
    QTest::addRow("French") << QLocale(QLocale::French, QLocale::France)
                            << u"« 192.168.1.2 iburst » n’est pas une adresse valide"_s << u"chronyd a refusé"_s;
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                             << u"'192.168.1.2 iburst' is not a valid address"_s << u"chronyd refused"_s;
}

void tst_Translations::coreMessagesFollowTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, address);
    QFETCH(QString, refusal);
    installTandemTranslators(locale);
    const auto checked = AddressValidator::check(u"192.168.1.2 iburst"_s, AddressValidator::Use::Host);
    QVERIFY2(checked.error().contains(address), qPrintable(checked.error()));
    const QString status = describeCmdmonStatus(Cmdmon::Status::Unauthorised, Cmdmon::RequestCode::MakeStep);
    QVERIFY2(status.contains(refusal), qPrintable(status));
}

void tst_Translations::binaryFollowsTheSystemLocale()
{
    QProcess tandem;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    // As in a terminal without a display: --help must not need one.
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    tandem.setProcessEnvironment(environment);
    QSignalSpy finished(&tandem, &QProcess::finished);
    tandem.start(QStringLiteral(TANDEM_GUI_BINARY), {u"--help"_s});
    QVERIFY(finished.wait(20000));
    QCOMPARE(tandem.exitCode(), 0);
    const QString help = QString::fromUtf8(tandem.readAllStandardOutput());
    QVERIFY2(help.startsWith(u"Aufruf: tandem"_s), qPrintable(help));
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
