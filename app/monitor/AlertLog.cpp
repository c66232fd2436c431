#include "AlertLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<Alert::Kind, 4> Kinds{Alert::Kind::LeapNotNormal, Alert::Kind::OffsetTooLarge,
                                           Alert::Kind::Unreachable, Alert::Kind::LinkDegraded};

std::optional<Alert::Kind> kindNamed(const QString& name)
{
    for (const Alert::Kind kind : Kinds) {
        if (AlertLog::ruleName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString utc(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// CSV field: quoted, inner quotes doubled (alert texts have commas).
QString quoted(const QString& text)
{
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QString AlertLog::ruleName(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::LeapNotNormal:
        return u"leap"_s;
    case Alert::Kind::OffsetTooLarge:
        return u"offset"_s;
    case Alert::Kind::Unreachable:
        return u"unreachable"_s;
    case Alert::Kind::LinkDegraded:
        return u"link-degraded"_s;
    }
    return {};
}

void AlertLog::raised(const Alert& alert, qint64 nowMs)
{
    m_entries.append(AlertLogEntry{alert.sinceMs, nowMs, 0, alert.kind, alert.system, alert.text});
    if (m_entries.size() > Capacity)
        m_entries.remove(0, m_entries.size() - Capacity);
}

void AlertLog::cleared(const Alert& alert, qint64 nowMs)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        AlertLogEntry& entry = m_entries[i];
        if (entry.kind == alert.kind && entry.system == alert.system && entry.clearedMs == 0) {
            entry.clearedMs = nowMs;
            return;
        }
    }
}

void AlertLog::closeOpenEntries(qint64 nowMs)
{
    for (AlertLogEntry& entry : m_entries) {
        if (entry.clearedMs == 0) {
            entry.clearedMs = std::max(nowMs, entry.raisedMs);
            entry.endUnknown = true;
        }
    }
}

QString AlertLog::fileName(const QString& directory, const QString& pairId)
{
    return QDir(directory).filePath(u"alerts-%1.json"_s.arg(pairId));
}

Status AlertLog::save(const QString& directory, const QString& pairId) const
{
    QJsonArray array;
    for (const AlertLogEntry& entry : m_entries) {
        array.append(QJsonObject{{u"since"_s, entry.sinceMs},
                                 {u"raised"_s, entry.raisedMs},
                                 {u"cleared"_s, entry.clearedMs},
                                 {u"rule"_s, ruleName(entry.kind)},
                                 {u"system"_s, entry.system},
                                 {u"endUnknown"_s, entry.endUnknown},
                                 {u"text"_s, entry.text}});
    }
    if (!QDir().mkpath(directory))
        return Error{u"Could not create %1."_s.arg(directory)};
    QSaveFile file(fileName(directory, pairId));
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"Could not write the alert log %1: %2"_s.arg(file.fileName(), file.errorString())};
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{u"Could not write the alert log %1: %2"_s.arg(file.fileName(), file.errorString())};
    return success();
}

Status AlertLog::load(const QString& directory, const QString& pairId)
{
    m_entries.clear();
    QFile file(fileName(directory, pairId));
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"Could not read the alert log %1: %2"_s.arg(file.fileName(), file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(8 * 1024 * 1024), &error);
    if (!document.isArray())
        return Error{
            u"The alert log %1 is damaged (%2); a new one starts."_s.arg(file.fileName(), error.errorString())};
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        const std::optional<Alert::Kind> kind = kindNamed(object.value(u"rule"_s).toString());
        const int system = object.value(u"system"_s).toInt();
        if (!kind || (system != 1 && system != 2))
            continue; // a rule of a later version, or damage: skip the entry, keep the rest
        m_entries.append(
            AlertLogEntry{qint64(object.value(u"since"_s).toDouble()), qint64(object.value(u"raised"_s).toDouble()),
                          qint64(object.value(u"cleared"_s).toDouble()), *kind, system,
                          object.value(u"text"_s).toString().left(500), object.value(u"endUnknown"_s).toBool()});
    }
    if (m_entries.size() > Capacity)
        m_entries.remove(0, m_entries.size() - Capacity);
    return success();
}

Status AlertLog::writeCsv(QIODevice& out) const
{
    QByteArray text = "since_utc,raised_utc,cleared_utc,cleared_when_tandem_stopped,rule,system,text\n";
    for (const AlertLogEntry& entry : m_entries) {
        text += QStringList{utc(entry.sinceMs),   utc(entry.raisedMs),
                            utc(entry.clearedMs), entry.endUnknown ? u"yes"_s : u"no"_s,
                            ruleName(entry.kind), QString::number(entry.system),
                            quoted(entry.text)}
                    .join(u',')
                    .toUtf8() +
                '\n';
    }
    if (out.write(text) != text.size())
        return Error{u"Could not write the alert log export: %1"_s.arg(out.errorString())};
    return success();
}
