#include "HelperProgressText.h"

#include "util/SecondsText.h"

using namespace Qt::StringLiterals;

namespace {

// What each step did, in words; unknown steps are shown by name.
QString stepTitle(const QString& step)
{
    static const QHash<QString, QString> titles{
        {u"validate"_s, u"request checked"_s},
        {u"lock"_s, u"the only Tandem helper at work here"_s},
        {u"read"_s, u"current config read"_s},
        {u"render"_s, u"new config rendered"_s},
        {u"check"_s, u"new config accepted by chronyd -p"_s},
        {u"backup"_s, u"backup kept"_s},
        {u"write"_s, u"config replaced"_s},
        {u"restart"_s, u"chrony restarted"_s},
        {u"wait"_s, u"chronyd answers"_s},
        {u"rollback"_s, u"previous config put back"_s},
        {u"rollback-restart"_s, u"chrony restarted with the previous config"_s},
        {u"rollback-wait"_s, u"chronyd answers with the previous config"_s},
        {u"list"_s, u"backups listed"_s},
        {u"select"_s, u"backup chosen"_s},
        {u"before"_s, u"tracking before"_s},
        {u"add-source"_s, u"temporary source added"_s},
        {u"burst"_s, u"fresh measurements requested"_s},
        {u"measure"_s, u"measured (NTP exchange)"_s},
        {u"follow"_s, u"chronyd follows the server"_s},
        {u"step"_s, u"clock stepped"_s},
        {u"verify"_s, u"measured again after the step"_s},
        {u"after"_s, u"tracking after"_s},
        {u"remove-source"_s, u"temporary source removed"_s},
        {u"route"_s, u"interface facing the peer found"_s},
        {u"read-firewall"_s, u"firewall rules read"_s},
        {u"judge"_s, u"port open for the peer"_s},
        {u"open-port"_s, u"firewall command run"_s},
        {u"recheck"_s, u"port open for the peer after the change"_s},
    };
    return titles.value(step, step);
}

} // namespace

QString HelperProgressText::describeStep(const QJsonObject& step)
{
    const bool ok = step.value(u"ok"_s).toBool();
    QString line = (ok ? u"  ok    "_s : u"  FAIL  "_s) + stepTitle(step.value(u"step"_s).toString());
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
    const QString message = step.value(u"message"_s).toString();
    if (!message.isEmpty())
        line += u": "_s + message;
    return line;
}

QString HelperProgressText::describeResult(int exitCode, const QJsonObject& result)
{
    const QString message = result.value(u"message"_s).toString();
    return (exitCode == 0 ? u"Done: "_s : u"Failed (%1): "_s.arg(exitCode)) + message;
}
