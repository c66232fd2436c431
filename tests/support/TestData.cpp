#include "TestData.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

QString testDataPath(const QString& relativePath)
{
    const QString root = qEnvironmentVariable("TANDEM_TEST_DATA", QStringLiteral(TANDEM_TEST_DATA_DIR));
    return root + u'/' + relativePath;
}

QByteArray readTestData(const QString& relativePath)
{
    QFile file(testDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
