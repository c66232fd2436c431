#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The files the package ships next to the programs: the desktop entry, the AppStream metainfo and the
// polkit policy carry every user-visible text in German and French too; the Debian changelog and the
// metainfo name the project's version; the hand-written man page describes every tandem-cli command
// and option that --help lists, so it cannot fall behind the program unnoticed.
class tst_PackagingFiles : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryTranslated_data();
    void desktopEntryTranslated();
    void desktopEntryLaunchesTheApp();
    void metainfoTranslated_data();
    void metainfoTranslated();
    void metainfoIdentity();
    void policyTranslated_data();
    void policyTranslated();
    void changelogNamesTheVersion();
    void manPageCoversCliHelp_data();
    void manPageCoversCliHelp();
    void manPagesAreGzippedReproducibly_data();
    void manPagesAreGzippedReproducibly();

private:
    // One text element of an XML file in document order: where it is, its tag, its xml:lang.
    struct XmlText
    {
        QString parent;
        QString tag;
        QString lang;
    };
    static QList<XmlText> xmlTexts(const QString& path, const QStringList& tags);
    static void addTranslationRows(const QList<XmlText>& texts);
    static QString readText(const QString& path);
    static QString runCli(const QStringList& arguments);
    static QHash<QString, QString> manSections(const QString& roff);
};

static QString sourcePath(const QString& relative)
{
    return QStringLiteral(TANDEM_SOURCE_DIR) + u'/' + relative;
}

static const QString appId = QStringLiteral(TANDEM_APP_ID_STRING);
static const QStringList languages = {u"de"_s, u"fr"_s};

QString tst_PackagingFiles::readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<tst_PackagingFiles::XmlText> tst_PackagingFiles::xmlTexts(const QString& path, const QStringList& tags)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<XmlText> texts;
    QStringList stack;
    // Counts the parents' occurrences so that two <description>s (component, release) stay apart.
    int parentSerial = 0;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString tag = xml.name().toString();
            if (tags.contains(tag)) {
                texts.append({stack.join(u'/'), tag, xml.attributes().value(u"xml:lang"_s).toString()});
                xml.skipCurrentElement();
                continue;
            }
            stack.append(tag + u'#' + QString::number(++parentSerial));
        } else if (xml.isEndElement()) {
            stack.removeLast();
        }
    }
    if (xml.hasError())
        return {};
    return texts;
}

// One row per English text and language: the text must have a sibling in that language before the
// next English text of the same kind.
void tst_PackagingFiles::addTranslationRows(const QList<XmlText>& texts)
{
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QString>("language");
    QHash<QString, int> serials;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const XmlText& english = texts.at(i);
        if (!english.lang.isEmpty())
            continue;
        QStringList found;
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const XmlText& other = texts.at(j);
            if (other.parent != english.parent || other.tag != english.tag)
                continue;
            if (other.lang.isEmpty())
                break;
            found << other.lang;
        }
        const QString key = english.parent.section(u'/', -1).section(u'#', 0, 0) + u'/' + english.tag;
        const int serial = ++serials[key];
        for (const QString& language : languages)
            QTest::addRow("%s %d, %s", qPrintable(key), serial, qPrintable(language)) << found << language;
    }
}

void tst_PackagingFiles::desktopEntryTranslated_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("language");
    // Name is the brand and stays "Tandem" everywhere.
    for (const QString& key : {u"GenericName"_s, u"Comment"_s, u"Keywords"_s}) {
        for (const QString& language : languages)
            QTest::addRow("%s[%s]", qPrintable(key), qPrintable(language)) << key << language;
    }
}

void tst_PackagingFiles::desktopEntryTranslated()
{
    QFETCH(QString, key);
    QFETCH(QString, language);
    const QString entry = readText(sourcePath(u"packaging/linux/"_s + appId + u".desktop"_s));
    QVERIFY(!entry.isEmpty());
    const QRegularExpression english(u"^"_s + key + u"=(.+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpression translated(u"^"_s + key + u"\\["_s + language + u"\\]=(.+)$"_s,
                                        QRegularExpression::MultilineOption);
    const auto englishMatch = english.match(entry);
    const auto translatedMatch = translated.match(entry);
    QVERIFY2(englishMatch.hasMatch(), qPrintable(key));
    QVERIFY2(translatedMatch.hasMatch(), qPrintable(key + u'[' + language + u']'));
    QVERIFY(translatedMatch.captured(1) != englishMatch.captured(1));
}

void tst_PackagingFiles::desktopEntryLaunchesTheApp()
{
    const QString entry = readText(sourcePath(u"packaging/linux/"_s + appId + u".desktop"_s));
    const QStringList lines = entry.split(u'\n');
    QCOMPARE(lines.value(0), u"[Desktop Entry]"_s);
    QVERIFY(lines.contains(u"Type=Application"_s));
    QVERIFY(lines.contains(u"Exec=tandem"_s));
    QVERIFY(lines.contains(u"Icon="_s + appId));
    QVERIFY(lines.contains(u"Terminal=false"_s));
}

void tst_PackagingFiles::metainfoTranslated_data()
{
    const auto texts = xmlTexts(sourcePath(u"packaging/linux/"_s + appId + u".metainfo.xml"_s),
                                {u"summary"_s, u"developer_name"_s, u"p"_s, u"li"_s, u"caption"_s});
    QVERIFY2(texts.size() > 10, "the metainfo could not be read");
    addTranslationRows(texts);
}

void tst_PackagingFiles::metainfoTranslated()
{
    QFETCH(QStringList, found);
    QFETCH(QString, language);
    QVERIFY2(found.contains(language), qPrintable(u"found only: "_s + found.join(u", "_s)));
    QCOMPARE(found.count(language), 1);
}

void tst_PackagingFiles::metainfoIdentity()
{
    QFile file(sourcePath(u"packaging/linux/"_s + appId + u".metainfo.xml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable, newestRelease, contentRating;
    QStringList binaries, screenshots;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"id"_s)
            id = xml.readElementText();
        else if (name == u"launchable"_s)
            launchable = xml.readElementText();
        else if (name == u"binary"_s)
            binaries << xml.readElementText();
        else if (name == u"image"_s)
            screenshots << xml.readElementText();
        else if (name == u"content_rating"_s)
            contentRating = xml.attributes().value(u"type"_s).toString();
        else if (name == u"release"_s && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(u"version"_s).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + u".desktop"_s);
    QCOMPARE(binaries, QStringList({u"tandem"_s, u"tandem-cli"_s}));
    QCOMPARE(contentRating, u"oars-1.1"_s);
    // Software centres fetch screenshots over https from the repository's main branch.
    QVERIFY(!screenshots.isEmpty());
    for (const QString& url : std::as_const(screenshots)) {
        QVERIFY2(url.startsWith(u"https://raw.githubusercontent.com/tandemtime/tandem/main/resources/screenshots/"_s),
                 qPrintable(url));
        QVERIFY2(url.endsWith(u".png"_s), qPrintable(url));
    }
    QCOMPARE(newestRelease, QStringLiteral(TANDEM_PROJECT_VERSION));
}

void tst_PackagingFiles::policyTranslated_data()
{
    const auto texts =
        xmlTexts(sourcePath(u"packaging/linux/"_s + appId + u".policy.in"_s), {u"description"_s, u"message"_s});
    QVERIFY2(texts.size() >= 4, "the policy could not be read");
    addTranslationRows(texts);
}

void tst_PackagingFiles::policyTranslated()
{
    metainfoTranslated();
}

void tst_PackagingFiles::changelogNamesTheVersion()
{
    const QString changelog = readText(sourcePath(u"packaging/debian/changelog"_s));
    QVERIFY(changelog.startsWith(u"tandem ("_s + QStringLiteral(TANDEM_PROJECT_VERSION) + u") "_s));
    const QString copyright = readText(sourcePath(u"packaging/debian/copyright"_s));
    QVERIFY(copyright.startsWith(u"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"_s));
    QVERIFY(copyright.contains(u"License: GPL-3.0-or-later\n"_s));
}

QString tst_PackagingFiles::runCli(const QStringList& arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TANDEM_CLI_BINARY), arguments);
    if (!finished.wait(20000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Maps each command to the text of the .SS section that describes it ("status, sources" share one).
QHash<QString, QString> tst_PackagingFiles::manSections(const QString& roff)
{
    QHash<QString, QString> sections;
    QStringList current;
    for (const QString& line : roff.split(u'\n')) {
        if (line.startsWith(u".SH"_s)) {
            current.clear();
        } else if (line.startsWith(u".SS "_s)) {
            QString heading = line.mid(4).trimmed();
            heading.remove(u'"');
            heading.replace(u"\\-"_s, u"-"_s);
            current = heading.split(u", "_s);
        } else {
            for (const QString& command : std::as_const(current))
                sections[command] += line + u'\n';
        }
    }
    return sections;
}

void tst_PackagingFiles::manPageCoversCliHelp_data()
{
    QTest::addColumn<QString>("command");
    const QString help = runCli({u"--help"_s});
    QVERIFY2(help.contains(u"Commands:"_s), "tandem-cli --help did not list its commands");
    // "  plan        Show the chrony.conf ..." under "Commands:", up to the blank line.
    const QString commands = help.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
    static const QRegularExpression commandLine(u"^  ([a-z-]+)\\s"_s, QRegularExpression::MultilineOption);
    auto it = commandLine.globalMatch(commands);
    int count = 0;
    while (it.hasNext()) {
        const QString command = it.next().captured(1);
        QTest::addRow("%s", qPrintable(command)) << command;
        ++count;
    }
    QVERIFY2(count >= 10, qPrintable(help));
}

void tst_PackagingFiles::manPageCoversCliHelp()
{
    QFETCH(QString, command);
    const auto sections = manSections(readText(sourcePath(u"packaging/man/tandem-cli.1.in"_s)));
    QVERIFY2(sections.contains(command), qPrintable(u"no .SS section for "_s + command));
    const QString section = sections.value(command);

    const QString help = runCli({command, u"--help"_s});
    static const QRegularExpression optionPattern(u"^\\s+(?:-\\w, )?--([a-z][a-z-]*)"_s,
                                                  QRegularExpression::MultilineOption);
    auto it = optionPattern.globalMatch(help);
    int options = 0;
    while (it.hasNext()) {
        const QString option = it.next().captured(1);
        if (option == u"help"_s)
            continue;
        ++options;
        // roff writes every hyphen of an option as \-.
        QString roff = u"--"_s + option;
        roff.replace(u'-', u"\\-"_s);
        QVERIFY2(section.contains(roff), qPrintable(command + u": the man page does not describe --"_s + option));
    }
    if (command != u"lint"_s)
        QVERIFY2(options > 0, qPrintable(command + u" --help listed no options:\n"_s + help));
    // The usage line an admin copies from: the subcommand in it, not only the program.
    QVERIFY2(help.startsWith(u"Usage: tandem-cli %1 [options]"_s.arg(command)), qPrintable(help.section(u'\n', 0, 0)));
}

void tst_PackagingFiles::manPagesAreGzippedReproducibly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("tandem-cli.1.gz") << u"packaging/tandem-cli.1.gz"_s;
    QTest::addRow("changelog.gz") << u"packaging/changelog.gz"_s;
}

void tst_PackagingFiles::manPagesAreGzippedReproducibly()
{
    QFETCH(QString, file);
    QFile gz(QStringLiteral(TANDEM_BINARY_DIR) + u'/' + file);
    QVERIFY2(gz.open(QIODevice::ReadOnly), qPrintable(gz.fileName()));
    const QByteArray header = gz.read(10);
    QCOMPARE(header.size(), 10);
    QCOMPARE(quint8(header.at(0)), quint8(0x1f));
    QCOMPARE(quint8(header.at(1)), quint8(0x8b));
    // gzip -n: no file name (flag bit 3) and no time stamp (bytes 4..7), so rebuilding gives the same bytes.
    QCOMPARE(quint8(header.at(3)) & 0x08, 0);
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));
    // -9: the "maximum compression" extra flag.
    QCOMPARE(quint8(header.at(8)), quint8(2));
}

QTEST_GUILESS_MAIN(tst_PackagingFiles)
#include "tst_PackagingFiles.moc"
