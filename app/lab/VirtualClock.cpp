#include "VirtualClock.h"

#include "vclock/tandem_vclock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

static_assert(sizeof(tandem_vclock_state) <= TANDEM_VCLOCK_FILE_SIZE, "the state must fit its file");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Result<tandem_vclock_state*> mapFile(int fd, const QString& path)
{
    void* mapped = ::mmap(nullptr, TANDEM_VCLOCK_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (mapped == MAP_FAILED)
        return Error{QCoreApplication::translate("VirtualClock", "cannot map the virtual clock %1: %2")
                         .arg(path, systemError())};
    return static_cast<tandem_vclock_state*>(mapped);
}

} // namespace

VirtualClock::VirtualClock(tandem_vclock_state* state, QString path)
    : m_state(state)
    , m_path(std::move(path))
{}

VirtualClock::VirtualClock(VirtualClock&& other) noexcept
    : m_state(std::exchange(other.m_state, nullptr))
    , m_path(std::move(other.m_path))
{}

VirtualClock& VirtualClock::operator=(VirtualClock&& other) noexcept
{
    if (this != &other) {
        if (m_state)
            ::munmap(m_state, TANDEM_VCLOCK_FILE_SIZE);
        m_state = std::exchange(other.m_state, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

VirtualClock::~VirtualClock()
{
    if (m_state)
        ::munmap(m_state, TANDEM_VCLOCK_FILE_SIZE);
}

Result<VirtualClock> VirtualClock::create(const QString& path, qint64 virtualNs, double oscillatorPpm)
{
    const QByteArray name = QFile::encodeName(path);
    // A new inode: a chronyd still mapping an old clock file keeps its own, never half of ours.
    ::unlink(name.constData());
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Error{QCoreApplication::translate("VirtualClock", "cannot create the virtual clock %1: %2")
                         .arg(path, systemError())};
    if (::ftruncate(fd, TANDEM_VCLOCK_FILE_SIZE) != 0) {
        const QString reason = systemError();
        ::close(fd);
        return Error{
            QCoreApplication::translate("VirtualClock", "cannot size the virtual clock %1: %2").arg(path, reason)};
    }
    Result<tandem_vclock_state*> state = mapFile(fd, path);
    ::close(fd);
    if (!state)
        return state.failure();
    tandem_vclock_init(*state, virtualNs, oscillatorPpm);
    return VirtualClock(*state, path);
}

Result<VirtualClock> VirtualClock::open(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return Error{QCoreApplication::translate("VirtualClock", "cannot open the virtual clock %1: %2")
                         .arg(path, systemError())};
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size != TANDEM_VCLOCK_FILE_SIZE) {
        ::close(fd);
        return Error{
            QCoreApplication::translate("VirtualClock", "%1 is not a virtual clock (a regular file of %2 bytes)")
                .arg(path)
                .arg(TANDEM_VCLOCK_FILE_SIZE)};
    }
    Result<tandem_vclock_state*> state = mapFile(fd, path);
    ::close(fd);
    if (!state)
        return state.failure();
    if ((*state)->magic != TANDEM_VCLOCK_MAGIC || (*state)->version != TANDEM_VCLOCK_VERSION) {
        ::munmap(*state, TANDEM_VCLOCK_FILE_SIZE);
        return Error{
            QCoreApplication::translate("VirtualClock", "%1 is not a virtual clock of this version").arg(path)};
    }
    return VirtualClock(*state, path);
}

qint64 VirtualClock::nowNs() const
{
    return tandem_vclock_now(m_state);
}

qint64 VirtualClock::atRawNs(qint64 rawNs) const
{
    return tandem_vclock_at(m_state, rawNs);
}

qint64 VirtualClock::fromMachineRealtimeNs(qint64 realtimeNs) const
{
    const qint64 raw = machineRawNs();
    const qint64 age = machineRealtimeNs() - realtimeNs;
    return atRawNs(raw - age);
}

void VirtualClock::step(double seconds)
{
    tandem_vclock_step(m_state, qint64(seconds * 1e9));
}

void VirtualClock::setOscillatorPpm(double ppm)
{
    tandem_vclock_set_oscillator(m_state, ppm);
}

tandem_vclock_state VirtualClock::snapshot() const
{
    tandem_vclock_state copy;
    tandem_vclock_snapshot(m_state, &copy);
    return copy;
}

double VirtualClock::oscillatorPpm() const
{
    return snapshot().oscillator_ppm;
}

double VirtualClock::adjustPpm() const
{
    return snapshot().adjust_ppm;
}

quint64 VirtualClock::stepCount() const
{
    return snapshot().step_count;
}

double VirtualClock::lastStepSeconds() const
{
    return snapshot().last_step_seconds;
}

qint64 VirtualClock::lastStepVirtualNs() const
{
    return snapshot().last_step_virtual_ns;
}

quint64 VirtualClock::adjustCount() const
{
    return snapshot().adjust_count;
}

int VirtualClock::timexStatus() const
{
    return snapshot().timex_status;
}

double VirtualClock::offsetSeconds(const VirtualClock& a, const VirtualClock& b)
{
    const qint64 raw = machineRawNs();
    return double(a.atRawNs(raw) - b.atRawNs(raw)) / 1e9;
}

qint64 VirtualClock::machineRawNs()
{
    return tandem_vclock_raw_ns();
}

qint64 VirtualClock::machineRealtimeNs()
{
    timespec now = {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
