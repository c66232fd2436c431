#include "TerminationSignals.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr size_t MaxSignals = 3;

// The handler's end of the pair; -1 when no instance is installed.
volatile sig_atomic_t writeEnd = -1;
int readEnd = -1;
std::array<int, MaxSignals> handledSignals{};
size_t handledCount = 0;
std::array<struct sigaction, MaxSignals> previousActions{};

void restorePreviousActions()
{
    for (size_t i = 0; i < handledCount; ++i)
        ::sigaction(handledSignals[i], &previousActions[i], nullptr);
}

void onSignal(int signalNumber)
{
    const int savedErrno = errno; // the interrupted code may be about to read errno
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: if the pair is full, a quit is pending anyway, so a failed write loses nothing.
    if (writeEnd >= 0) [[maybe_unused]]
        const ssize_t written = ::write(writeEnd, &byte, 1);
    errno = savedErrno;
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : TerminationSignals({SIGTERM, SIGINT, SIGHUP}, parent)
{}

TerminationSignals::TerminationSignals(std::initializer_list<int> signalNumbers, QObject* parent)
    : QObject(parent)
{
    Q_ASSERT(writeEnd < 0); // one instance per process
    Q_ASSERT(signalNumbers.size() <= MaxSignals);
    handledCount = 0;
    for (const int signalNumber : signalNumbers) {
        if (handledCount < MaxSignals)
            handledSignals[handledCount++] = signalNumber;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) != 0)
        return;
    readEnd = pair[0];
    writeEnd = pair[1];
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < handledCount; ++i)
        ::sigaction(handledSignals[i], &action, &previousActions[i]);
    m_notifier = new QSocketNotifier(readEnd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readPending);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    restorePreviousActions();
    const int write = writeEnd;
    writeEnd = -1;
    ::close(write);
    ::close(readEnd);
    readEnd = -1;
}

void TerminationSignals::readPending()
{
    // From now on a second signal takes its default action: if the orderly shutdown hangs, the
    // next `kill` or Ctrl+C still ends the program.
    restorePreviousActions();
    unsigned char byte = 0;
    while (::read(readEnd, &byte, 1) == 1)
        emit received(int(byte));
}
