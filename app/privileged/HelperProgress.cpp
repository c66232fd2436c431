#include "HelperProgress.h"

#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

HelperProgress::HelperProgress(QIODevice* output)
    : m_output(output)
{}

void HelperProgress::step(const QString& name, bool ok, const QString& message, const QJsonObject& extra)
{
    QJsonObject object = extra;
    object.insert(HelperStep::Key::Name, name);
    object.insert(HelperStep::Key::Ok, ok);
    if (!message.isEmpty())
        object.insert(HelperStep::Key::Message, message);
    write(object);
}

void HelperProgress::result(int exitCode, const QString& message, const QJsonObject& extra)
{
    QJsonObject object = extra;
    object.insert(HelperStep::Key::Result, resultName(exitCode));
    object.insert(HelperStep::Key::ExitCode, exitCode);
    if (!message.isEmpty())
        object.insert(HelperStep::Key::Message, message);
    write(object);
}

QString HelperProgress::resultName(int exitCode)
{
    switch (exitCode) {
    case HelperExitCode::Ok:
        return u"ok"_s;
    case HelperExitCode::Usage:
        return u"usage"_s;
    case HelperExitCode::Refused:
        return u"refused"_s;
    case HelperExitCode::NotRoot:
        return u"not-root"_s;
    case HelperExitCode::Failed:
        return u"failed"_s;
    case HelperExitCode::RolledBack:
        return u"rolled-back"_s;
    case HelperExitCode::RollbackFailed:
        return u"rollback-failed"_s;
    }
    return u"unknown"_s;
}

void HelperProgress::write(const QJsonObject& object)
{
    // Compact JSON never contains a raw newline (strings are escaped), so one object is one line.
    // The device is unbuffered stdout, so each line reaches the caller as the step happens.
    m_output->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}
