#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

// SIGTERM, SIGINT and SIGHUP as a Qt signal, so that a logout, `kill` or Ctrl+C ends the program
// through its normal shutdown (windows closed, history and settings saved) instead of the default
// action, which ends it on the spot. The handler only writes the signal number to a socket pair
// (all a signal handler may safely do); the event loop reads it and emits received().
// One instance per process. After the first signal (and when destroyed) the previous actions are
// back, so a second signal ends a shutdown that hangs.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    // Only these (at most three) of the signals above: tandem-helper ignores SIGINT and SIGHUP, which
    // reach it from the admin's terminal, and stops orderly on SIGTERM alone.
    TerminationSignals(std::initializer_list<int> signalNumbers, QObject* parent);
    ~TerminationSignals() override;

    // False when the socket pair or a handler could not be set up (the defaults then stay).
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void readPending();

    QSocketNotifier* m_notifier = nullptr;
};
