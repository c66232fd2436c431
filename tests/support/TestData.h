#pragma once

#include <QByteArray>
#include <QString>

// Fixture files live in tests/data; CTest passes the directory in TANDEM_TEST_DATA.
QString testDataPath(const QString& relativePath);
QByteArray readTestData(const QString& relativePath);
