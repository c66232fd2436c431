#include "CmdmonCliFormat.h"

#include "util/SecondsText.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CmdmonCliFormat {

QString terminalSafe(const QString& text)
{
    QString shown = text;
    for (QChar& c : shown) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            c = u'?';
    }
    return shown;
}

static QString ppm(double value)
{
    return u"%1 ppm"_s.arg(QString::number(value, 'f', 3));
}

QJsonObject trackingJson(const TrackingReport& r)
{
    return {
        {u"reference_id"_s, r.referenceIdHex()},
        {u"reference"_s, r.referenceName()},
        {u"stratum"_s, r.stratum},
        {u"ref_time"_s, r.referenceTime.toSeconds()},
        {u"system_time"_s, r.systemTime},
        {u"last_offset"_s, r.lastOffset},
        {u"rms_offset"_s, r.rmsOffset},
        {u"frequency"_s, r.frequency},
        {u"residual_frequency"_s, r.residualFrequency},
        {u"skew"_s, r.skew},
        {u"root_delay"_s, r.rootDelay},
        {u"root_dispersion"_s, r.rootDispersion},
        {u"update_interval"_s, r.updateInterval},
        {u"leap_status"_s, r.leapStatusText()},
    };
}

QJsonObject sourceJson(const SourceReport& s)
{
    return {
        {u"mode"_s, QString(s.modeChar())},
        {u"state"_s, QString(s.stateChar())},
        {u"name"_s, s.name()},
        {u"stratum"_s, s.stratum},
        {u"poll"_s, s.poll},
        {u"reach"_s, s.reachability},
        {u"last_rx"_s, qint64(s.sinceSample)},
        {u"last_offset"_s, s.adjustedOffset},
        {u"measured_offset"_s, s.measuredOffset},
        {u"error"_s, s.error},
    };
}

QJsonObject sourceStatsJson(const SourceStatsReport& s)
{
    return {
        {u"name"_s, s.name()},
        {u"np"_s, qint64(s.samples)},
        {u"nr"_s, qint64(s.runs)},
        {u"span"_s, qint64(s.spanSeconds)},
        {u"frequency"_s, s.residualFrequency},
        {u"freq_skew"_s, s.skew},
        {u"offset"_s, s.offset},
        {u"std_dev"_s, s.stdDev},
    };
}

QJsonObject activityJson(const ActivityReport& a)
{
    return {
        {u"online"_s, a.online},
        {u"offline"_s, a.offline},
        {u"burst_online"_s, a.burstOnline},
        {u"burst_offline"_s, a.burstOffline},
        {u"unresolved"_s, a.unresolved},
    };
}

QString jsonLine(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

static QString line(const QString& label, const QString& value)
{
    return label.leftJustified(16) + u": "_s + value + u'\n';
}

QString trackingText(const TrackingReport& r, const QString& configuredName)
{
    QString reference;
    if (r.referenceId == 0x7F7F0101)
        reference = u"local clock (the 'local' directive)"_s;
    else if (r.referenceId == 0)
        reference = u"none"_s;
    else
        reference = terminalSafe(r.referenceName());
    if (!configuredName.isEmpty() && configuredName != reference)
        reference += u", "_s + terminalSafe(configuredName);

    QString text;
    text += line(u"Reference"_s, u"%1 (%2)"_s.arg(r.referenceIdHex(), reference));
    text += line(u"Stratum"_s, QString::number(r.stratum));
    if (r.referenceTime.seconds == 0 && r.referenceTime.nanoseconds == 0) {
        text += line(u"Ref time (UTC)"_s, u"never"_s);
    } else {
        const QDateTime refTime = QDateTime::fromMSecsSinceEpoch(r.referenceTime.seconds * 1000, Qt::UTC);
        text += line(u"Ref time (UTC)"_s, u"%1.%2"_s.arg(refTime.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                                              .arg(r.referenceTime.nanoseconds / 1000000, 3, 10, QChar(u'0')));
    }
    // Tandem's one sign, + = ahead; chronyd's correction is positive when the clock is behind (slow).
    text +=
        line(u"System time"_s, SecondsText::withDirection(-r.systemTime, u"ahead of NTP time"_s, u"behind NTP time"_s));
    text += line(u"Last offset"_s, SecondsText::format(r.lastOffset));
    text += line(u"RMS offset"_s, SecondsText::format(r.rmsOffset));
    text += line(u"Frequency"_s, u"%1 %2"_s.arg(ppm(std::fabs(r.frequency)), r.frequency > 0 ? u"fast"_s : u"slow"_s));
    text += line(u"Residual freq"_s, ppm(r.residualFrequency));
    text += line(u"Skew"_s, ppm(r.skew));
    text += line(u"Root delay"_s, SecondsText::format(r.rootDelay));
    text += line(u"Root dispersion"_s, SecondsText::format(r.rootDispersion));
    text += line(u"Update interval"_s, SecondsText::format(r.updateInterval));
    text += line(u"Leap status"_s, r.leapStatusText());
    text += line(u"Max error"_s,
                 u"± "_s + SecondsText::format(std::fabs(r.systemTime) + r.rootDispersion + r.rootDelay / 2));
    return text;
}

static QString ago(quint32 value)
{
    if (value == SourceReport::NeverSampled)
        return u"never"_s;
    if (value < 1200)
        return u"%1 s"_s.arg(value);
    if (value < 36000)
        return u"%1 min"_s.arg(value / 60);
    if (value < 345600)
        return u"%1 h"_s.arg(value / 3600);
    return u"%1 d"_s.arg(value / 86400);
}

QString sourcesText(const QList<SourceReport>& sources)
{
    QString text = u"MS Name/IP address              Stratum  Poll  Reach  Last rx   Offset (measured) ± error\n"_s;
    text += QString(96, u'=') + u'\n';
    for (const SourceReport& s : sources) {
        QString name = terminalSafe(s.sourceName.isEmpty() ? s.name() : s.sourceName);
        if (!s.sourceName.isEmpty() && s.sourceName != s.name())
            name += u" ("_s + terminalSafe(s.name()) + u')';
        text += u"%1%2 %3 %4 %5 %6 %7 %8 (%9) ± %10\n"_s.arg(s.modeChar())
                    .arg(s.stateChar())
                    .arg(name.leftJustified(30))
                    .arg(s.stratum, 7)
                    .arg(u"%1 s"_s.arg(std::ldexp(1.0, s.poll)), 6)
                    .arg(s.reachability, 6, 8)
                    .arg(ago(s.sinceSample), 8)
                    .arg(SecondsText::format(s.adjustedOffset), 10)
                    .arg(SecondsText::format(s.measuredOffset))
                    .arg(SecondsText::format(s.error));
    }
    return text;
}

QString sourceStatsText(const QList<SourceStatsReport>& stats)
{
    QString text =
        u"Name/IP address                 NP   NR    Span    Frequency   Freq skew      Offset     Std dev\n"_s;
    text += QString(98, u'=') + u'\n';
    for (const SourceStatsReport& s : stats) {
        text += u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(terminalSafe(s.name()).leftJustified(30))
                    .arg(s.samples, 4)
                    .arg(s.runs, 4)
                    .arg(u"%1 s"_s.arg(s.spanSeconds), 7)
                    .arg(ppm(s.residualFrequency), 12)
                    .arg(ppm(s.skew), 11)
                    .arg(SecondsText::format(s.offset), 11)
                    .arg(SecondsText::format(s.stdDev), 11);
    }
    return text;
}

QString activityText(const ActivityReport& a)
{
    return u"%1 sources online\n%2 sources offline\n%3 sources doing burst (return to online)\n"
           "%4 sources doing burst (return to offline)\n%5 sources with unknown address\n"_s.arg(a.online)
               .arg(a.offline)
               .arg(a.burstOnline)
               .arg(a.burstOffline)
               .arg(a.unresolved);
}

} // namespace CmdmonCliFormat
