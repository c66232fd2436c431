#pragma once

#include <QIODevice>
#include <QJsonObject>
#include <QString>

// tandem-helper's output: one JSON object per line (JSON Lines) so that the CLI and the GUI can show
// each step as it happens, ending with exactly one result object:
//   {"step":"check","ok":true}
//   {"step":"restart","ok":false,"message":"..."}
//   {"result":"rolled-back","exitCode":6,"message":"...","backup":"20261126-063150-000"}
class HelperProgress
{
public:
    explicit HelperProgress(QIODevice* output);

    void step(const QString& name, bool ok, const QString& message = {}, const QJsonObject& extra = {});
    void result(int exitCode, const QString& message, const QJsonObject& extra = {});

    // The word for an exit code in the result line ("ok", "refused", ...).
    static QString resultName(int exitCode);

private:
    void write(const QJsonObject& object);

    QIODevice* m_output;
};
