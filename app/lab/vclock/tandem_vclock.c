/*
 * libtandem-vclock.so: an LD_PRELOAD library that gives one process (a lab system's chronyd) its own
 * CLOCK_REALTIME, kept in the shared state file named by TANDEM_VCLOCK_STATE (see tandem_vclock.h).
 *
 * What it interposes, and why (chronyd 4.3 on Debian 12 imports clock_gettime, time, settimeofday,
 * adjtimex and setsockopt; the rest are their siblings, so that no path around the clock is left):
 * - clock_gettime: CLOCK_REALTIME and CLOCK_REALTIME_COARSE read the virtual clock, CLOCK_TAI reads it
 *   plus the virtual TAI offset (ADJ_TAI, 0 at start as after a boot). Every other clock passes through.
 * - gettimeofday, __gettimeofday, time: the virtual clock.
 * - settimeofday, clock_settime(CLOCK_REALTIME): set the virtual clock, then clear the NTP state as the
 *   kernel does (STA_UNSYNC, maxerror and esterror at their limit). settimeofday with a timezone is
 *   refused as glibc refuses it (EINVAL with a time), or with EPERM (a timezone alone is the machine's).
 * - adjtimex, __adjtimex, ntp_adjtime, clock_adjtime(CLOCK_REALTIME): Linux's semantics on the virtual
 *   state, except that the PLL, adjtime() and ADJ_SETOFFSET are not simulated and refuse any request
 *   that would need them (EINVAL). chronyd then steps with settimeofday and slews with the frequency
 *   and tick, which it does anyway. clock_adjtime on another clock only reads (EPERM for changes).
 * - setsockopt(SOL_SOCKET, SO_TIMESTAMP*): refused (ENOPROTOOPT), because the kernel would stamp
 *   packets with the machine's clock. chronyd falls back to reading the (virtual) clock on receipt.
 *
 * No call here ever asks the kernel to change a clock. Without a valid state file, reads pass through
 * to the machine's clocks, every change is refused with EPERM, and one line on stderr says why.
 *
 * The time paths neither allocate nor lock anything but the state's sequence lock; writers block
 * signals while they hold it, so a signal handler that reads the clock cannot wait on its own thread.
 */
#define _GNU_SOURCE
#include "tandem_vclock.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <unistd.h>

#define TVC_EXPORT __attribute__((visibility("default")))

/* From <asm-generic/socket.h>: the old (32-bit time) and new (64-bit time) numbers of each option. */
#define TVC_SO_TIMESTAMP_OLD 29
#define TVC_SO_TIMESTAMPNS_OLD 35
#define TVC_SO_TIMESTAMPING_OLD 37
#define TVC_SO_TIMESTAMP_NEW 63
#define TVC_SO_TIMESTAMPNS_NEW 64
#define TVC_SO_TIMESTAMPING_NEW 65

/* Linux's NTP limits (kernel/time/ntp.c, include/linux/timex.h). */
#define TVC_NTP_PHASE_LIMIT 16000000L   /* maxerror/esterror after a step, microseconds */
#define TVC_MAXFREQ_SCALED (500L << 16) /* +-500 ppm in timex freq units */
#define TVC_TOLERANCE (500L << 16)      /* what adjtimex reports as tolerance */
#define TVC_MAXTC 10                    /* the largest time constant */
#define TVC_MAX_TAI_OFFSET 100000       /* the largest TAI offset ADJ_TAI accepts */
#define TVC_TICK_MIN (900000 / 100)     /* ADJ_TICK's range at USER_HZ 100 */
#define TVC_TICK_MAX (1100000 / 100)
#define TVC_ADJ_ADJTIME 0x8000         /* adjtime()'s requests (ADJ_OFFSET_SINGLESHOT, ADJ_OFFSET_SS_READ) */
#define TVC_ADJ_OFFSET_READONLY 0x2000 /* with TVC_ADJ_ADJTIME: only read the remaining offset */

typedef int (*clock_gettime_fn)(clockid_t, struct timespec*);
typedef int (*gettimeofday_fn)(struct timeval*, void*);
typedef time_t (*time_fn)(time_t*);
typedef int (*adjtimex_fn)(struct timex*);
typedef int (*clock_adjtime_fn)(clockid_t, struct timex*);
typedef int (*setsockopt_fn)(int, int, int, const void*, socklen_t);

static struct
{
    int ready; /* 0: not started, 1: one thread is loading, 2: loaded (state may still be NULL) */
    struct tandem_vclock_state* state;
    int writable; /* 0: mapped read-only (a user who may read the clock but not set it) */
    clock_gettime_fn clock_gettime;
    gettimeofday_fn gettimeofday;
    time_fn time;
    adjtimex_fn adjtimex;
    clock_adjtime_fn clock_adjtime;
    setsockopt_fn setsockopt;
} g;

static void warn(const char* path, const char* reason)
{
    char line[512];
    const int length = snprintf(line, sizeof line,
                                "tandem-vclock: no virtual clock (%s: %s); reading the machine's clocks, "
                                "refusing to set them\n",
                                path ? path : TANDEM_VCLOCK_ENV " is not set", reason);
    if (length > 0) {
        const ssize_t ignored =
            write(STDERR_FILENO, line, (size_t)length < sizeof line ? (size_t)length : sizeof line - 1);
        (void)ignored;
    }
}

/* The state file, mapped shared; NULL (after one warning) if it is missing or not a virtual clock. */
static struct tandem_vclock_state* mapState(void)
{
    const char* path = getenv(TANDEM_VCLOCK_ENV);
#ifdef TANDEM_VCLOCK_DEFAULT_STATE
    /* A build for a whole system (the pair test bed preloads it through /etc/ld.so.preload, which
       reaches setuid programs such as pkexec and everything they start without any environment). */
    if (!path || !*path)
        path = TANDEM_VCLOCK_DEFAULT_STATE;
#endif
    if (!path || !*path) {
        warn(NULL, "set it to the absolute path of a virtual clock file");
        return NULL;
    }
    if (path[0] != '/') {
        warn(path, "not an absolute path");
        return NULL;
    }
    /* Who may not write the file may still read the clock; setting it then fails with EPERM. */
    g.writable = 1;
    int fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && (errno == EACCES || errno == EROFS)) {
        g.writable = 0;
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    }
    if (fd < 0) {
        warn(path, strerror(errno));
        return NULL;
    }
    struct stat info;
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size != TANDEM_VCLOCK_FILE_SIZE) {
        close(fd);
        warn(path, "not a regular file of the virtual clock's size");
        return NULL;
    }
    void* mapped =
        mmap(NULL, TANDEM_VCLOCK_FILE_SIZE, g.writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED, fd, 0);
    /* The mapping outlives the descriptor, across fork too; a daemon closing its descriptors loses nothing. */
    close(fd);
    if (mapped == MAP_FAILED) {
        warn(path, strerror(errno));
        return NULL;
    }
    struct tandem_vclock_state* state = mapped;
    if (state->magic != TANDEM_VCLOCK_MAGIC || state->version != TANDEM_VCLOCK_VERSION) {
        munmap(mapped, TANDEM_VCLOCK_FILE_SIZE);
        warn(path, "not a virtual clock of this version");
        return NULL;
    }
    return state;
}

/* The next definition of name (libc's), into a function pointer; NULL leaves the syscall fallback. */
static void resolve(const char* name, void* function, size_t size)
{
    void* address = dlsym(RTLD_NEXT, name);
    memcpy(function, &address, size); /* ISO C has no cast from object to function pointer */
}

static void load(void)
{
    int expected = 0;
    if (__atomic_compare_exchange_n(&g.ready, &expected, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
        resolve("clock_gettime", &g.clock_gettime, sizeof g.clock_gettime);
        resolve("gettimeofday", &g.gettimeofday, sizeof g.gettimeofday);
        resolve("time", &g.time, sizeof g.time);
        resolve("adjtimex", &g.adjtimex, sizeof g.adjtimex);
        resolve("clock_adjtime", &g.clock_adjtime, sizeof g.clock_adjtime);
        resolve("setsockopt", &g.setsockopt, sizeof g.setsockopt);
        g.state = mapState();
        __atomic_store_n(&g.ready, 2, __ATOMIC_RELEASE);
        return;
    }
    /* Another thread is loading (only possible if a thread reads the clock before our constructor ran). */
    while (__atomic_load_n(&g.ready, __ATOMIC_ACQUIRE) != 2) {
    }
}

__attribute__((constructor)) static void tvcLoad(void)
{
    load();
}

/* The state, or NULL when there is no valid virtual clock. */
static struct tandem_vclock_state* state(void)
{
    if (__atomic_load_n(&g.ready, __ATOMIC_ACQUIRE) != 2)
        load();
    return g.state;
}

static int realClockGettime(clockid_t clock, struct timespec* now)
{
    if (g.clock_gettime)
        return g.clock_gettime(clock, now);
    return (int)syscall(SYS_clock_gettime, clock, now);
}

static int64_t rawNs(void)
{
    struct timespec now = {0, 0};
    realClockGettime(CLOCK_MONOTONIC_RAW, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

static int64_t virtualNs(const struct tandem_vclock_state* clock)
{
    return tandem_vclock_at(clock, rawNs());
}

static struct timespec toTimespec(int64_t ns)
{
    int64_t seconds = ns / 1000000000;
    int64_t rest = ns % 1000000000;
    if (rest < 0) {
        rest += 1000000000;
        seconds -= 1;
    }
    const struct timespec result = {.tv_sec = (time_t)seconds, .tv_nsec = (long)rest};
    return result;
}

static int fail(int error)
{
    errno = error;
    return -1;
}

/* Writers hold the sequence lock with signals blocked: a handler reading the clock on this thread
   would otherwise spin on a lock its own thread holds. */
static void blockSignals(sigset_t* saved)
{
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, saved);
}

static void restoreSignals(const sigset_t* saved)
{
    pthread_sigmask(SIG_SETMASK, saved, NULL);
}

/* settimeofday and clock_settime: the step, then what the kernel's ntp_clear() does to the NTP state. */
static void setVirtual(struct tandem_vclock_state* clock, int64_t ns)
{
    sigset_t saved;
    blockSignals(&saved);
    tandem_vclock_set(clock, ns);
    tandem_vclock_lock(clock);
    clock->timex_status |= STA_UNSYNC;
    clock->timex_maxerror = TVC_NTP_PHASE_LIMIT;
    clock->timex_esterror = TVC_NTP_PHASE_LIMIT;
    tandem_vclock_unlock(clock);
    restoreSignals(&saved);
}

/* glibc declares these arguments nonnull, but a caller may still pass NULL and the kernel answers EFAULT;
   the checks stay (the library is built with -fno-delete-null-pointer-checks). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnonnull-compare"

TVC_EXPORT int clock_gettime(clockid_t clockId, struct timespec* now)
{
    struct tandem_vclock_state* clock = state();
    if (!clock || (clockId != CLOCK_REALTIME && clockId != CLOCK_REALTIME_COARSE && clockId != CLOCK_TAI))
        return realClockGettime(clockId, now);
    if (!now)
        return fail(EFAULT);
    int64_t ns = virtualNs(clock);
    if (clockId == CLOCK_TAI)
        ns += (int64_t)__atomic_load_n(&clock->timex_tai, __ATOMIC_RELAXED) * 1000000000;
    *now = toTimespec(ns);
    return 0;
}

#pragma GCC diagnostic pop

static int virtualGettimeofday(struct timeval* now, void* zone)
{
    struct tandem_vclock_state* clock = state();
    if (!clock) {
        if (g.gettimeofday)
            return g.gettimeofday(now, zone);
        return (int)syscall(SYS_gettimeofday, now, zone);
    }
    if (zone) {
        /* The timezone is the machine's; only the time is virtual. */
        if (g.gettimeofday)
            g.gettimeofday(NULL, zone);
        else
            memset(zone, 0, sizeof(struct timezone));
    }
    if (now) {
        const struct timespec virtualNow = toTimespec(virtualNs(clock));
        now->tv_sec = virtualNow.tv_sec;
        now->tv_usec = virtualNow.tv_nsec / 1000;
    }
    return 0;
}

TVC_EXPORT int gettimeofday(struct timeval* restrict now, void* restrict zone)
{
    return virtualGettimeofday(now, zone);
}

TVC_EXPORT int __gettimeofday(struct timeval* restrict now, void* restrict zone)
{
    return virtualGettimeofday(now, zone);
}

TVC_EXPORT time_t time(time_t* result)
{
    struct tandem_vclock_state* clock = state();
    time_t seconds;
    if (clock) {
        seconds = toTimespec(virtualNs(clock)).tv_sec;
    } else if (g.time) {
        seconds = g.time(NULL);
    } else {
        struct timespec now;
        realClockGettime(CLOCK_REALTIME, &now);
        seconds = now.tv_sec;
    }
    if (result)
        *result = seconds;
    return seconds;
}

TVC_EXPORT int settimeofday(const struct timeval* now, const struct timezone* zone)
{
    struct tandem_vclock_state* clock = state();
    if (!clock || !g.writable)
        return fail(EPERM);
    if (zone)
        return fail(now ? EINVAL : EPERM);
    if (!now)
        return fail(EFAULT); /* glibc would crash */
    if (now->tv_sec < 0 || now->tv_usec < 0 || now->tv_usec >= 1000000)
        return fail(EINVAL);
    setVirtual(clock, (int64_t)now->tv_sec * 1000000000 + (int64_t)now->tv_usec * 1000);
    return 0;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnonnull-compare"

TVC_EXPORT int clock_settime(clockid_t clockId, const struct timespec* now)
{
    struct tandem_vclock_state* clock = state();
    if (clockId != CLOCK_REALTIME)
        return fail(EINVAL);
    if (!clock || !g.writable)
        return fail(EPERM);
    if (!now)
        return fail(EFAULT);
    if (now->tv_sec < 0 || now->tv_nsec < 0 || now->tv_nsec >= 1000000000)
        return fail(EINVAL);
    setVirtual(clock, (int64_t)now->tv_sec * 1000000000 + now->tv_nsec);
    return 0;
}

#pragma GCC diagnostic pop

/* Whether a request only reads: no mode, or adjtime()'s read-only query. */
static int readsOnly(const struct timex* request)
{
    return request->modes == 0 || request->modes == ADJ_OFFSET_SS_READ;
}

static int realAdjtime(clockid_t clockId, struct timex* request)
{
    if (!readsOnly(request))
        return fail(EPERM);
    if (clockId == CLOCK_REALTIME && g.adjtimex)
        return g.adjtimex(request);
    if (g.clock_adjtime)
        return g.clock_adjtime(clockId, request);
    return (int)syscall(SYS_clock_adjtime, clockId, request);
}

/* Linux's is_error_status(): unsynchronised, or PPS discipline asked for without a PPS signal. */
static int timeState(int status)
{
    if ((status & (STA_UNSYNC | STA_CLOCKERR)) || ((status & (STA_PPSFREQ | STA_PPSTIME)) && !(status & STA_PPSSIGNAL)))
        return TIME_ERROR;
    if (status & STA_INS)
        return TIME_INS;
    if (status & STA_DEL)
        return TIME_DEL;
    return TIME_OK;
}

/* The PLL and adjtime() are not simulated: a request that would start either is refused, one that
   would not (a zero offset, or an offset while the PLL is off, which Linux ignores) is accepted. */
static int validateTimex(const struct tandem_vclock_state* clock, const struct timex* request)
{
    const unsigned int modes = request->modes;
    if (modes & TVC_ADJ_ADJTIME)
        return (modes & TVC_ADJ_OFFSET_READONLY) || request->offset == 0 ? 0 : EINVAL;
    if (modes & ADJ_SETOFFSET)
        return EINVAL;
    if ((modes & ADJ_TICK) && (request->tick < TVC_TICK_MIN || request->tick > TVC_TICK_MAX))
        return EINVAL;
    if ((modes & ADJ_OFFSET) && request->offset != 0) {
        const int status =
            (modes & ADJ_STATUS) ? request->status : __atomic_load_n(&clock->timex_status, __ATOMIC_RELAXED);
        if (status & STA_PLL)
            return EINVAL;
    }
    return 0;
}

/* Linux's process_adjtimex_modes() on the virtual state, in the kernel's order. Under the lock. */
static void applyTimex(struct tandem_vclock_state* clock, const struct timex* request)
{
    const unsigned int modes = request->modes;
    if (modes & TVC_ADJ_ADJTIME)
        return; /* only a zero offset got here: adjtime() had nothing to cancel */
    if (modes & (ADJ_FREQUENCY | ADJ_TICK))
        tandem_vclock_reanchor(clock, rawNs());
    if (modes & ADJ_STATUS) {
        /* Turning the PLL off resets the status, read-only bits (STA_NANO among them) included. */
        if ((clock->timex_status & STA_PLL) && !(request->status & STA_PLL))
            clock->timex_status = STA_UNSYNC;
        clock->timex_status = (clock->timex_status & STA_RONLY) | (request->status & ~STA_RONLY);
    }
    if (modes & ADJ_NANO)
        clock->timex_status |= STA_NANO;
    if (modes & ADJ_MICRO)
        clock->timex_status &= ~STA_NANO;
    if (modes & ADJ_FREQUENCY) {
        long freq = request->freq;
        if (freq > TVC_MAXFREQ_SCALED)
            freq = TVC_MAXFREQ_SCALED;
        if (freq < -TVC_MAXFREQ_SCALED)
            freq = -TVC_MAXFREQ_SCALED;
        clock->timex_freq = freq;
    }
    if (modes & ADJ_MAXERROR)
        clock->timex_maxerror = request->maxerror;
    if (modes & ADJ_ESTERROR)
        clock->timex_esterror = request->esterror;
    if (modes & ADJ_TIMECONST) {
        long constant = request->constant;
        if (!(clock->timex_status & STA_NANO))
            constant += 4;
        clock->timex_constant = constant < 0 ? 0 : constant > TVC_MAXTC ? TVC_MAXTC : constant;
    }
    if ((modes & ADJ_TAI) && request->constant >= 0 && request->constant <= TVC_MAX_TAI_OFFSET)
        clock->timex_tai = (int32_t)request->constant;
    if (modes & ADJ_TICK)
        clock->timex_tick = request->tick;
    if (modes & (ADJ_FREQUENCY | ADJ_TICK)) {
        clock->adjust_ppm =
            (double)clock->timex_freq / 65536.0 + (double)(clock->timex_tick - TANDEM_VCLOCK_NOMINAL_TICK) * 100.0;
        clock->adjust_count += 1;
    }
}

/* Fills the whole reply as Linux's __do_adjtimex() does, from one consistent snapshot. */
static int reply(const struct tandem_vclock_state* clock, struct timex* request)
{
    struct tandem_vclock_state copy;
    tandem_vclock_snapshot(clock, &copy);
    const struct timespec now = toTimespec(tandem_vclock_at(&copy, rawNs()));
    const unsigned int modes = request->modes;
    memset(request, 0, sizeof *request);
    request->modes = modes;
    request->offset = 0; /* no PLL offset, no adjtime() in progress */
    request->freq = (long)copy.timex_freq;
    request->maxerror = (long)copy.timex_maxerror;
    request->esterror = (long)copy.timex_esterror;
    request->status = copy.timex_status;
    request->constant = (long)copy.timex_constant;
    request->precision = 1;
    request->tolerance = TVC_TOLERANCE;
    request->tick = (long)copy.timex_tick;
    request->tai = copy.timex_tai;
    request->time.tv_sec = now.tv_sec;
    request->time.tv_usec = (copy.timex_status & STA_NANO) ? now.tv_nsec : now.tv_nsec / 1000;
    return timeState(copy.timex_status);
}

static int virtualAdjtime(clockid_t clockId, struct timex* request)
{
    if (!request)
        return fail(EFAULT);
    struct tandem_vclock_state* clock = state();
    if (!clock || clockId != CLOCK_REALTIME)
        return realAdjtime(clockId, request);
    const int invalid = validateTimex(clock, request);
    if (invalid)
        return fail(invalid);
    if (!readsOnly(request)) {
        if (!g.writable)
            return fail(EPERM);
        sigset_t saved;
        blockSignals(&saved);
        tandem_vclock_lock(clock);
        applyTimex(clock, request);
        tandem_vclock_unlock(clock);
        restoreSignals(&saved);
    }
    return reply(clock, request);
}

TVC_EXPORT int adjtimex(struct timex* request)
{
    return virtualAdjtime(CLOCK_REALTIME, request);
}

TVC_EXPORT int __adjtimex(struct timex* request)
{
    return virtualAdjtime(CLOCK_REALTIME, request);
}

TVC_EXPORT int ntp_adjtime(struct timex* request)
{
    return virtualAdjtime(CLOCK_REALTIME, request);
}

TVC_EXPORT int clock_adjtime(clockid_t clockId, struct timex* request)
{
    return virtualAdjtime(clockId, request);
}

static int isTimestampingOption(int level, int name)
{
    if (level != SOL_SOCKET)
        return 0;
    switch (name) {
    case TVC_SO_TIMESTAMP_OLD:
    case TVC_SO_TIMESTAMPNS_OLD:
    case TVC_SO_TIMESTAMPING_OLD:
    case TVC_SO_TIMESTAMP_NEW:
    case TVC_SO_TIMESTAMPNS_NEW:
    case TVC_SO_TIMESTAMPING_NEW:
        return 1;
    default:
        return 0;
    }
}

TVC_EXPORT int setsockopt(int fd, int level, int name, const void* value, socklen_t length)
{
    struct tandem_vclock_state* clock = state();
    if (isTimestampingOption(level, name)) {
        if (clock && g.writable) /* counted for tests; a read-only mapping cannot count */
            __atomic_fetch_add(&clock->refused_timestamping, 1, __ATOMIC_RELAXED);
        return fail(ENOPROTOOPT);
    }
    if (g.setsockopt)
        return g.setsockopt(fd, level, name, value, length);
    return (int)syscall(SYS_setsockopt, fd, level, name, value, length);
}
