#include "TandemResources.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The icons: every SVG in resources/icons is in the resource file and draws something at 16 px and
// at 256 px through the resource system (which needs Qt's SVG icon engine, a run-time plugin the
// package depends on by name); there is one status icon per leap status; the app icon's committed
// hicolor PNGs have the size their folder says.
class tst_Icons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySvgIsAResource();
    void iconDraws_data();
    void iconDraws();
    void hicolorPngSizes_data();
    void hicolorPngSizes();
};

static QString sourcePath(const QString& relative)
{
    return QStringLiteral(TANDEM_SOURCE_DIR) + u'/' + relative;
}

static QStringList svgFiles()
{
    return QDir(sourcePath(u"resources/icons"_s)).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
}

// Pixels that are not (almost) transparent: an icon that draws nothing has none.
static int opaquePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return count;
}

void tst_Icons::initTestCase()
{
    initTandemResources();
}

void tst_Icons::everySvgIsAResource()
{
    QFile qrc(sourcePath(u"resources/tandem.qrc"_s));
    QVERIFY(qrc.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(qrc.readAll());
    const QStringList files = svgFiles();
    QVERIFY(files.size() >= 10);
    for (const QString& file : files)
        QVERIFY2(listed.contains(u"<file>icons/"_s + file + u"</file>"_s), qPrintable(file));
    // One status icon per leap status chronyd reports.
    for (const QString& leap : {u"normal"_s, u"insert"_s, u"delete"_s, u"unsynchronised"_s, u"unknown"_s})
        QVERIFY2(files.contains(u"leap-"_s + leap + u".svg"_s), qPrintable(leap));
}

void tst_Icons::iconDraws_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("size");
    for (const QString& file : svgFiles()) {
        for (const int size : {16, 256})
            QTest::addRow("%s@%d", qPrintable(file), size) << u":/tandem/icons/"_s + file << size;
    }
}

void tst_Icons::iconDraws()
{
    QFETCH(QString, resource);
    QFETCH(int, size);
    QVERIFY2(QFile::exists(resource), qPrintable(resource));
    const QIcon icon(resource);
    QVERIFY2(!icon.isNull(), "no SVG icon engine (libqt6svg6)?");
    const QImage image = icon.pixmap(size, size).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // At least a tenth of the square is drawn: the icons are filled shapes, not hairlines.
    QVERIFY2(opaquePixels(image) > size * size / 10, qPrintable(QString::number(opaquePixels(image))));
}

void tst_Icons::hicolorPngSizes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("size");
    const QDir hicolor(sourcePath(u"packaging/linux/icons/hicolor"_s));
    static const QRegularExpression sizeDir(u"^(\\d+)x\\1$"_s);
    QList<int> sizes;
    for (const QString& dir : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto match = sizeDir.match(dir);
        QVERIFY2(match.hasMatch(), qPrintable(dir));
        const int size = match.captured(1).toInt();
        sizes << size;
        QTest::addRow("%s", qPrintable(dir))
            << hicolor.filePath(dir + u"/apps/"_s + QStringLiteral(TANDEM_APP_ID_STRING) + u".png"_s) << size;
    }
    for (const int needed : {16, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(needed), qPrintable(QString::number(needed)));
}

void tst_Icons::hicolorPngSizes()
{
    QFETCH(QString, path);
    QFETCH(int, size);
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    QVERIFY(opaquePixels(image) > size * size / 4);
}

QTEST_MAIN(tst_Icons)
#include "tst_Icons.moc"
