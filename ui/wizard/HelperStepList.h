#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

// The helper's progress as a list of steps an admin can read: each expected step waits with a grey
// mark, turns green or red as the helper reports it, and the rollback steps appear when a rollback
// happens. The raw JSON Lines are kept under "Details" for a bug report.
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

private:
    int rowOf(const QString& step) const;

    QListWidget* m_list;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
    QStringList m_names;
    QStringList m_reported;
};
