#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

// The helper's progress as a list of steps an admin can read: each expected step waits with a grey
// mark, turns green or red as the helper reports it, and the rollback steps appear when a rollback
// happens. "Details" tells every report in words, time-stamped; the helper's raw JSON Lines are one
// checkbox away, for a bug report.
class HelperStepList : public QWidget
{
    Q_OBJECT
public:
    explicit HelperStepList(QWidget* parent = nullptr);

    // The steps shown as pending before the helper reports anything.
    void reset(const QStringList& expectedSteps);
    void addStep(const QJsonObject& step);
    void addResult(int exitCode, const QJsonObject& result);

    bool sawStep(const QString& name) const { return m_reported.contains(name); }
    // The title shown for a step name ("backup" -> "Keep a backup of the current config").
    static QString title(const QString& step);
    // A line of detail from a step's extra fields (backup ID, offsets), empty when none.
    static QString detail(const QJsonObject& step);

    QListWidget* list() const { return m_list; }

    // What Details shows now: the words, or the raw JSON Lines.
    QString detailsText() const;

private:
    int rowOf(const QString& step) const;
    void appendDetails(const QString& words, const QJsonObject& json);
    void showDetails();

    QListWidget* m_list;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
    QCheckBox* m_rawJson;
    QStringList m_wordsLog;
    QStringList m_jsonLog;
    QStringList m_names;
    QStringList m_reported;
};
