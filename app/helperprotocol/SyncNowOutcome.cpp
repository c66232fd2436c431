#include "SyncNowOutcome.h"

#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "util/SecondsText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncNowOutcome", text);
}

std::optional<QJsonObject> failedStep(const QList<QJsonObject>& steps)
{
    for (const QJsonObject& step : steps) {
        if (!step.value(HelperStep::Key::Ok).toBool(true))
            return step;
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonObject& object, const QString& key)
{
    if (!object.value(key).isDouble())
        return std::nullopt;
    return object.value(key).toDouble();
}

} // namespace

SyncNowOutcome SyncNowOutcome::interpret(int exitCode, const QJsonObject& result, const QList<QJsonObject>& steps)
{
    SyncNowOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.helperMessage = result.value(HelperStep::Key::Message).toString();
    outcome.systemTimeBefore = number(result, u"systemTimeBefore"_s);
    outcome.systemTimeAfter = number(result, u"systemTimeAfter"_s);
    outcome.measuredOffset = number(result, u"measuredOffset"_s);
    outcome.offsetAfter = number(result, u"offsetAfter"_s);
    outcome.clockChanged = result.value(u"stepped"_s).toBool(false);
    outcome.source = result.value(u"measuredSource"_s).toString();

    const std::optional<QJsonObject> failed = failedStep(steps);
    const QString failedName = failed ? failed->value(HelperStep::Key::Name).toString() : QString();
    if (exitCode == HelperExitCode::Ok) {
        outcome.reason = Reason::Stepped;
        outcome.summary = tr("The clock was stepped to %1's time.").arg(outcome.source);
        if (outcome.measuredOffset && outcome.offsetAfter)
            outcome.summary =
                tr("The clock was stepped to %1's time: it was %2, now it is %3 (fresh measurements).")
                    .arg(outcome.source, SecondsText::withDirection(*outcome.measuredOffset, tr("ahead"), tr("behind")),
                         SecondsText::withDirection(*outcome.offsetAfter, tr("ahead"), tr("behind")));
    } else if (exitCode == 127) {
        outcome.reason = Reason::NotAuthorised;
        outcome.summary = tr("Not authorised to step the clock (or the Tandem helper is not installed). "
                             "Nothing was changed.");
    } else if (exitCode == HelperExitCode::PkexecDismissed) {
        outcome.reason = Reason::Dismissed;
        outcome.summary = tr("The administrator password was not given. Nothing was changed.");
    } else if (exitCode == HelperExitCode::Cancelled) {
        outcome.reason = Reason::Cancelled;
        outcome.summary = tr("Cancelled. The clock was not stepped.");
    } else if (outcome.clockChanged) {
        outcome.reason = Reason::SteppedNotClose;
        outcome.summary = tr("The clock was stepped, but a fresh measurement still finds it off %1; chronyd may need "
                             "more samples. Try Sync now again in a minute.")
                              .arg(outcome.source);
    } else if (failedName == HelperStep::Step) {
        outcome.reason = Reason::ClockControlDisabled;
        outcome.summary = tr("chronyd refused to step the clock: this chronyd may not change the clock (one started "
                             "with -x never does). The clock was not changed.");
    } else if (failedName == HelperStep::Follow) {
        outcome.reason = Reason::NotFollowing;
        outcome.summary =
            tr("chronyd did not follow %1, so it had no correction to step by: %2 The clock was not "
               "changed.")
                .arg(outcome.source, failed->value(HelperStep::Key::Message).toString().section(u": "_s, 1));
    } else if (failedName == HelperStep::Burst || failedName == HelperStep::AddSource) {
        outcome.reason = Reason::NoSource;
        outcome.summary = tr("chronyd has no time source it can measure against, so there is nothing to step to. "
                             "The clock was not changed.");
    } else if (failedName == HelperStep::Measure) {
        outcome.reason = Reason::NoMeasurement;
        outcome.summary = tr("The time source did not answer, so nothing was measured: %1 The clock was not changed.")
                              .arg(failed->value(HelperStep::Key::Message).toString());
    } else if (failedName == HelperStep::Before) {
        outcome.reason = Reason::NoAnswer;
        outcome.summary = tr("chronyd does not answer on its command socket; is it running? The clock was not "
                             "changed.");
    } else {
        outcome.reason = Reason::Other;
        outcome.summary = tr("Sync now failed; the clock was not changed.");
    }
    return outcome;
}
