#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

class QWidget;

// What a run of tst_PairWindow knows about the bed it runs in, from the environment that
// tst_pair_window.sh sets (TANDEM_PAIR_SYSTEM1, TANDEM_PAIR_SYSTEM2, TANDEM_PAIR_SIGNAL_DIR): the two
// addresses, which system this is (from this network namespace's own addresses, not from a flag that
// could lie), and the one request the test makes of the script, which is root: "kill the helper now".
class PairWindowRun
{
public:
    // False (see problem()) outside the bed: the variables are missing or this is neither system.
    bool load();
    QString problem() const { return m_problem; }

    QString system1() const { return m_system1; }
    QString system2() const { return m_system2; }
    int thisSystem() const { return m_thisSystem; }
    QString ownAddress() const { return m_thisSystem == 1 ? m_system1 : m_system2; }

    // This system's /etc/chrony/chrony.conf (the bed's, bind-mounted), or empty when unreadable.
    static QByteArray chronyConf();
    // A file in the directory both systems' runs share (the admin's, carried from one to the other).
    QString sharedFile(const QString& name) const { return m_signalDir + u'/' + name; }

    // Finds the configure helper that pkexec replaced itself with (a child of this process, found
    // through /proc) and asks the script to SIGKILL it, by writing "TEST-PID HELPER-PID" to
    // SIGNAL_DIR/kill-helper. The helper runs as root, so only the script can kill it. Returns a
    // problem, or an empty string once the request is written.
    QString askToKillHelper() const;
    // Tells the script what the window said, in SIGNAL_DIR/NAME, for it to check against the truth.
    QString tellScript(const QString& name, const QByteArray& content) const;
    // A picture of `widget` as the window draws it, SIGNAL_DIR/NAME.png, for a person to look at.
    void keepScreenshot(QWidget* widget, const QString& name) const;

private:
    QString m_system1;
    QString m_system2;
    QString m_signalDir;
    QString m_problem;
    int m_thisSystem = 0;
};
