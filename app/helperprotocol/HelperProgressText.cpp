#include "HelperProgressText.h"

#include "helperprotocol/HelperSteps.h"
#include "util/SecondsText.h"

using namespace Qt::StringLiterals;

namespace {

// What each step did, in words; unknown steps are shown by name.
QString stepTitle(const QString& step)
{
    static const QHash<QString, QString> titles{
        {HelperStep::Validate, u"request checked"_s},
        {HelperStep::Lock, u"the only Tandem helper at work here"_s},
        {HelperStep::Read, u"current config read"_s},
        {HelperStep::Render, u"new config rendered"_s},
        {HelperStep::Check, u"new config accepted by chronyd -p"_s},
        {HelperStep::Backup, u"backup kept"_s},
        {HelperStep::Write, u"config replaced"_s},
        {HelperStep::Restart, u"chrony restarted"_s},
        {HelperStep::Wait, u"chronyd answers"_s},
        {HelperStep::Rollback, u"previous config put back"_s},
        {HelperStep::RollbackRestart, u"chrony restarted with the previous config"_s},
        {HelperStep::RollbackWait, u"chronyd answers with the previous config"_s},
        {HelperStep::List, u"backups listed"_s},
        {HelperStep::Select, u"backup chosen"_s},
        {HelperStep::Before, u"tracking before"_s},
        {HelperStep::AddSource, u"temporary source added"_s},
        {HelperStep::Burst, u"fresh measurements requested"_s},
        {HelperStep::Measure, u"measured (NTP exchange)"_s},
        {HelperStep::Follow, u"chronyd follows the server"_s},
        {HelperStep::Step, u"clock stepped"_s},
        {HelperStep::Verify, u"measured again after the step"_s},
        {HelperStep::After, u"tracking after"_s},
        {HelperStep::RemoveSource, u"temporary source removed"_s},
        {HelperStep::Route, u"interface facing the peer found"_s},
        {HelperStep::ReadFirewall, u"firewall rules read"_s},
        {HelperStep::Judge, u"port open for the peer"_s},
        {HelperStep::OpenPort, u"firewall command run"_s},
        {HelperStep::Recheck, u"port open for the peer after the change"_s},
    };
    return titles.value(step, step);
}

} // namespace

QString HelperProgressText::describeStep(const QJsonObject& step)
{
    const bool ok = step.value(HelperStep::Key::Ok).toBool();
    QString line = (ok ? u"  ok    "_s : u"  FAIL  "_s) + stepTitle(step.value(HelperStep::Key::Name).toString());
    if (step.contains(u"backup"_s))
        line += u" ("_s + step.value(u"backup"_s).toString() + u')';
    if (step.contains(u"restoring"_s))
        line += u" ("_s + step.value(u"restoring"_s).toString() + u')';
    if (step.contains(u"interface"_s) && !step.value(u"interface"_s).toString().isEmpty())
        line += u" (%1, %2)"_s.arg(step.value(u"interface"_s).toString(), step.value(u"address"_s).toString());
    if (step.contains(u"command"_s))
        line += u": "_s + step.value(u"command"_s).toString();
    if (step.contains(u"path"_s))
        line += u" ("_s + step.value(u"path"_s).toString() + u')';
    if (step.contains(u"offset"_s))
        line += u": this clock is %1 %2"_s.arg(
            SecondsText::withDirection(step.value(u"offset"_s).toDouble(), u"ahead of"_s, u"behind"_s),
            step.value(u"source"_s).toString());
    if (step.contains(u"systemTime"_s))
        line += u": this clock is %1 by chronyd's estimate"_s.arg(
            SecondsText::withDirection(step.value(u"systemTime"_s).toDouble(), u"slow"_s, u"fast"_s));
    const QString message = step.value(HelperStep::Key::Message).toString();
    if (!message.isEmpty())
        line += u": "_s + message;
    return line;
}

QString HelperProgressText::describeResult(int exitCode, const QJsonObject& result)
{
    const QString message = result.value(HelperStep::Key::Message).toString();
    return (exitCode == 0 ? u"Done: "_s : u"Failed (%1): "_s.arg(exitCode)) + message;
}
