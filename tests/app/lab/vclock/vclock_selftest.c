/*
 * tst_VirtualClockPreload: libtandem-vclock.so in a real process.
 *
 * The test runs itself again as a child ("--child CASE") with LD_PRELOAD set to the library (named by
 * TANDEM_VCLOCK_LIBRARY) and TANDEM_VCLOCK_STATE set to a clock file it initialised. The child calls
 * the interposed functions and compares them with the machine's clocks read by system call (past the
 * preload); the parent then reads the same file through its own mapping. Every child runs without
 * CAP_SYS_TIME (dropped from the bounding set before exec when root) and first proves that a clock
 * change the library missed would fail; the parent checks that the machine's clock was never stepped.
 */
#define _GNU_SOURCE
#include "vclock_test_support.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define OFFSET_NS (100 * TVT_NS_PER_S)
#define TOLERANCE_NS (10 * TVT_NS_PER_MS)
#define RATE_TOLERANCE 50e-6 /* the rate measured over 200 ms with reads bracketed within 10 us */

/* ---------------------------------------------------------------- the child, under the preload */

static int64_t virtualNs(clockid_t clock)
{
    struct timespec now;
    if (clock_gettime(clock, &now) != 0)
        return INT64_MIN;
    return (int64_t)now.tv_sec * TVT_NS_PER_S + now.tv_nsec;
}

/* virtual - machine CLOCK_REALTIME, with the machine read by system call just before and after. */
static int64_t offsetOf(clockid_t clock)
{
    int64_t best = 0;
    int64_t bestWidth = INT64_MAX;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int64_t before = tvt_clock_ns(CLOCK_REALTIME);
        const int64_t virtualNow = virtualNs(clock);
        const int64_t after = tvt_clock_ns(CLOCK_REALTIME);
        if (after - before < bestWidth) {
            bestWidth = after - before;
            best = virtualNow - (before + (after - before) / 2);
        }
    }
    return best;
}

static int near(int64_t value, int64_t expected, int64_t tolerance)
{
    return llabs(value - expected) <= tolerance;
}

/* A CLOCK_MONOTONIC_RAW reading and a virtual CLOCK_REALTIME reading taken within 10 us. */
static int rawAndVirtual(int64_t* raw, int64_t* virtualNow)
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const int64_t before = tvt_clock_ns(CLOCK_MONOTONIC_RAW);
        const int64_t reading = virtualNs(CLOCK_REALTIME);
        const int64_t after = tvt_clock_ns(CLOCK_MONOTONIC_RAW);
        if (after - before < 10000) {
            *raw = before + (after - before) / 2;
            *virtualNow = reading;
            return 1;
        }
    }
    return TVT_CHECK(0, "could not read the virtual and the raw clock within 10 us of each other");
}

/* How fast the virtual clock runs against CLOCK_MONOTONIC_RAW, over 200 ms of busy waiting. */
static double measureRate(void)
{
    int64_t raw0, virtual0, raw1, virtual1;
    if (!rawAndVirtual(&raw0, &virtual0))
        return NAN;
    while (tvt_clock_ns(CLOCK_MONOTONIC_RAW) - raw0 < 200 * TVT_NS_PER_MS) {
    }
    if (!rawAndVirtual(&raw1, &virtual1))
        return NAN;
    return (double)(virtual1 - virtual0) / (double)(raw1 - raw0);
}

static int checkRate(double expected, const char* what)
{
    const double rate = measureRate();
    return TVT_CHECK(fabs(rate - expected) <= RATE_TOLERANCE, "%s: the virtual clock runs at %.7f, expected %.7f", what,
                     rate, expected);
}

/* The child's guard: nothing here may reach the machine's clock. Linux checks CAP_SYS_TIME before the
   tick's range, so this raw adjtimex fails with EPERM without the capability, and with it only with
   EINVAL (changing nothing). */
static int checkCannotSetMachineClock(void)
{
    struct timex probe;
    memset(&probe, 0, sizeof probe);
    probe.modes = ADJ_TICK;
    probe.tick = 1;
    const long result = syscall(SYS_adjtimex, &probe);
    const int error = errno;
    int ok = TVT_CHECK(result == -1 && error == EPERM,
                       "a clock change the library missed must fail with EPERM: adjtimex gave %ld (%s)", result,
                       strerror(error));
    ok &= TVT_CHECK(tvt_has_cap_sys_time(getpid()) == 0, "the child still holds CAP_SYS_TIME");
    return ok;
}

static int childOffsets(struct tandem_vclock_state* clock)
{
    (void)clock;
    int64_t offset = offsetOf(CLOCK_REALTIME);
    TVT_CHECK(near(offset, OFFSET_NS, TOLERANCE_NS), "clock_gettime(CLOCK_REALTIME) is %.6f s off", offset / 1e9);
    offset = offsetOf(CLOCK_REALTIME_COARSE);
    TVT_CHECK(near(offset, OFFSET_NS, TOLERANCE_NS), "CLOCK_REALTIME_COARSE is %.6f s off", offset / 1e9);
    offset = offsetOf(CLOCK_TAI);
    TVT_CHECK(near(offset, OFFSET_NS, TOLERANCE_NS), "CLOCK_TAI (TAI offset 0) is %.6f s off", offset / 1e9);

    const int64_t before = tvt_clock_ns(CLOCK_REALTIME);
    struct timeval tv;
    struct timezone zone;
    TVT_CHECK(gettimeofday(&tv, &zone) == 0, "gettimeofday failed");
    const int64_t after = tvt_clock_ns(CLOCK_REALTIME);
    const int64_t tvNs = (int64_t)tv.tv_sec * TVT_NS_PER_S + (int64_t)tv.tv_usec * 1000;
    TVT_CHECK(tvNs >= before + OFFSET_NS - TOLERANCE_NS && tvNs <= after + OFFSET_NS + TOLERANCE_NS,
              "gettimeofday is %.6f s off", (tvNs - before) / 1e9);
    TVT_CHECK(gettimeofday(&tv, NULL) == 0 && tv.tv_usec >= 0 && tv.tv_usec < 1000000, "gettimeofday(tv, NULL)");

    const time_t earliest = (time_t)((tvt_clock_ns(CLOCK_REALTIME) + OFFSET_NS) / TVT_NS_PER_S);
    time_t stored = 0;
    const time_t seconds = time(&stored);
    const time_t latest = (time_t)((tvt_clock_ns(CLOCK_REALTIME) + OFFSET_NS) / TVT_NS_PER_S);
    TVT_CHECK(seconds >= earliest && seconds <= latest && stored == seconds,
              "time() gave %lld, expected %lld..%lld (stored %lld)", (long long)seconds, (long long)earliest,
              (long long)latest, (long long)stored);
    TVT_CHECK(time(NULL) >= seconds, "time(NULL)");

    /* The clocks that are not CLOCK_REALTIME are the machine's. */
    const clockid_t passed[] = {CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME, CLOCK_MONOTONIC_COARSE};
    for (size_t index = 0; index < sizeof passed / sizeof passed[0]; ++index) {
        const int64_t machine = tvt_clock_ns(passed[index]);
        const int64_t seen = virtualNs(passed[index]);
        TVT_CHECK(near(seen, machine, TOLERANCE_NS), "clock %d is not the machine's: %.6f s off", (int)passed[index],
                  (seen - machine) / 1e9);
    }
    TVT_CHECK(virtualNs(CLOCK_PROCESS_CPUTIME_ID) > 0, "CLOCK_PROCESS_CPUTIME_ID");
    return 1;
}

static int childRate(struct tandem_vclock_state* clock)
{
    (void)clock;
    return checkRate(1.001, "oscillator at +1000 ppm");
}

static int childStep(struct tandem_vclock_state* clock)
{
    const int64_t machine = tvt_machine_step_ns();

    const int64_t target = tvt_clock_ns(CLOCK_REALTIME) + 200 * TVT_NS_PER_S;
    const struct timeval tv = {.tv_sec = target / TVT_NS_PER_S, .tv_usec = (target % TVT_NS_PER_S) / 1000};
    TVT_CHECK(settimeofday(&tv, NULL) == 0, "settimeofday: %s", strerror(errno));
    int64_t offset = offsetOf(CLOCK_REALTIME);
    TVT_CHECK(near(offset, 200 * TVT_NS_PER_S, TOLERANCE_NS), "after settimeofday the clock is %.6f s off",
              offset / 1e9);
    TVT_CHECK(clock->step_count == 1, "step_count %llu", (unsigned long long)clock->step_count);
    TVT_CHECK(fabs(clock->last_step_seconds - 100.0) < 0.01, "last_step_seconds %.6f", clock->last_step_seconds);
    TVT_CHECK(near(clock->last_step_virtual_ns, target, 1000), "last_step_virtual_ns");
    /* As Linux's settimeofday: the NTP state is reset to unsynchronised. */
    TVT_CHECK(
        (clock->timex_status & STA_UNSYNC) && clock->timex_maxerror == 16000000 && clock->timex_esterror == 16000000,
        "the NTP state after a step: status 0x%x maxerror %lld", clock->timex_status, (long long)clock->timex_maxerror);

    const int64_t target2 = tvt_clock_ns(CLOCK_REALTIME) - 50 * TVT_NS_PER_S;
    const struct timespec ts = {.tv_sec = target2 / TVT_NS_PER_S, .tv_nsec = target2 % TVT_NS_PER_S};
    TVT_CHECK(clock_settime(CLOCK_REALTIME, &ts) == 0, "clock_settime: %s", strerror(errno));
    offset = offsetOf(CLOCK_REALTIME);
    TVT_CHECK(near(offset, -50 * TVT_NS_PER_S, TOLERANCE_NS), "after clock_settime the clock is %.6f s off",
              offset / 1e9);
    TVT_CHECK(clock->step_count == 2, "step_count %llu", (unsigned long long)clock->step_count);
    TVT_CHECK(fabs(clock->last_step_seconds + 250.0) < 0.01, "last_step_seconds %.6f", clock->last_step_seconds);

    /* Refused as Linux refuses them, and no step counted. */
    errno = 0;
    TVT_CHECK(clock_settime(CLOCK_MONOTONIC, &ts) == -1 && errno == EINVAL, "clock_settime(CLOCK_MONOTONIC)");
    errno = 0;
    TVT_CHECK(clock_settime(CLOCK_TAI, &ts) == -1 && errno == EINVAL, "clock_settime(CLOCK_TAI)");
    const struct timespec badNs = {.tv_sec = ts.tv_sec, .tv_nsec = 1000000000};
    errno = 0;
    TVT_CHECK(clock_settime(CLOCK_REALTIME, &badNs) == -1 && errno == EINVAL, "clock_settime(tv_nsec 1e9)");
    const struct timeval badUs = {.tv_sec = tv.tv_sec, .tv_usec = -1};
    errno = 0;
    TVT_CHECK(settimeofday(&badUs, NULL) == -1 && errno == EINVAL, "settimeofday(tv_usec -1)");
    struct timezone zone = {0, 0};
    errno = 0;
    TVT_CHECK(settimeofday(&tv, &zone) == -1 && errno == EINVAL, "settimeofday with a time and a timezone");
    errno = 0;
    TVT_CHECK(settimeofday(NULL, &zone) == -1 && errno == EPERM, "settimeofday of the machine's timezone");
    TVT_CHECK(clock->step_count == 2, "refused calls stepped: step_count %llu", (unsigned long long)clock->step_count);

    const int64_t machineAfter = tvt_machine_step_ns();
    TVT_CHECK(near(machineAfter, machine, TVT_NS_PER_MS), "the machine's clock moved by %.6f s",
              (machineAfter - machine) / 1e9);
    return 1;
}

static int adjtimexRead(struct timex* reply)
{
    memset(reply, 0, sizeof *reply);
    return adjtimex(reply);
}

static int adjust(unsigned int modes, struct timex* request)
{
    request->modes = modes;
    return adjtimex(request);
}

static int childAdjtimex(struct tandem_vclock_state* clock)
{
    struct timex tx;
    /* The state as a booted kernel reports it. */
    int64_t before = tvt_clock_ns(CLOCK_REALTIME);
    int result = adjtimexRead(&tx);
    int64_t after = tvt_clock_ns(CLOCK_REALTIME);
    TVT_CHECK(result == TIME_ERROR, "adjtimex read gave %d, expected TIME_ERROR (unsynchronised)", result);
    TVT_CHECK(tx.tick == 10000 && tx.freq == 0 && tx.status == STA_UNSYNC && tx.constant == 2 &&
                  tx.maxerror == 16000000 && tx.esterror == 16000000 && tx.precision == 1 && tx.tolerance == 32768000 &&
                  tx.tai == 0 && tx.offset == 0,
              "initial timex: tick %ld freq %ld status 0x%x constant %ld maxerror %ld esterror %ld precision %ld "
              "tolerance %ld tai %d",
              tx.tick, tx.freq, tx.status, tx.constant, tx.maxerror, tx.esterror, tx.precision, tx.tolerance, tx.tai);
    int64_t timeNs = (int64_t)tx.time.tv_sec * TVT_NS_PER_S + (int64_t)tx.time.tv_usec * 1000;
    TVT_CHECK(timeNs >= before + OFFSET_NS - TOLERANCE_NS && timeNs <= after + OFFSET_NS + TOLERANCE_NS,
              "timex.time (microseconds) is %.6f s off", (timeNs - before) / 1e9);

    /* chronyd's start (sys_timex.c): reset the PLL offset with the PLL on, then turn the PLL off. */
    memset(&tx, 0, sizeof tx);
    tx.status = STA_PLL | STA_UNSYNC;
    TVT_CHECK(adjust(ADJ_OFFSET | ADJ_STATUS, &tx) >= 0, "ADJ_OFFSET|ADJ_STATUS offset 0: %s", strerror(errno));
    tx.status = STA_UNSYNC;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) >= 0 && tx.status == STA_UNSYNC, "ADJ_STATUS: %s", strerror(errno));

    /* Frequency: continuous across the change, then faster. */
    const int64_t beforeChange = virtualNs(CLOCK_REALTIME);
    memset(&tx, 0, sizeof tx);
    tx.freq = 400L << 16;
    TVT_CHECK(adjust(ADJ_FREQUENCY, &tx) >= 0 && tx.freq == 400L << 16, "ADJ_FREQUENCY 400 ppm: freq %ld", tx.freq);
    const int64_t afterChange = virtualNs(CLOCK_REALTIME);
    TVT_CHECK(afterChange >= beforeChange && afterChange - beforeChange < TVT_NS_PER_MS,
              "the clock jumped %.6f s at a frequency change", (afterChange - beforeChange) / 1e9);
    TVT_CHECK(clock->adjust_count == 1 && fabs(clock->adjust_ppm - 400.0) < 1e-9, "adjust_count %llu adjust_ppm %f",
              (unsigned long long)clock->adjust_count, clock->adjust_ppm);
    checkRate(1.0004, "ADJ_FREQUENCY +400 ppm");

    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_TICK;
    tx.tick = 10010;
    TVT_CHECK(ntp_adjtime(&tx) >= 0 && tx.tick == 10010 && tx.freq == 400L << 16, "ntp_adjtime ADJ_TICK 10010");
    TVT_CHECK(clock->adjust_count == 2 && fabs(clock->adjust_ppm - 1400.0) < 1e-9, "adjust_ppm %f", clock->adjust_ppm);
    checkRate(1.0014, "tick 10010 and +400 ppm");

    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_FREQUENCY | ADJ_TICK;
    tx.freq = -(200L << 16);
    tx.tick = 9990;
    TVT_CHECK(clock_adjtime(CLOCK_REALTIME, &tx) >= 0 && tx.tick == 9990 && tx.freq == -(200L << 16),
              "clock_adjtime(CLOCK_REALTIME) ADJ_FREQUENCY|ADJ_TICK");
    TVT_CHECK(clock->adjust_count == 3 && fabs(clock->adjust_ppm + 1200.0) < 1e-9, "adjust_ppm %f", clock->adjust_ppm);
    checkRate(1.0 - 1200e-6, "tick 9990 and -200 ppm");

    /* Each entry point reads the same state back. */
    memset(&tx, 0, sizeof tx);
    TVT_CHECK(ntp_adjtime(&tx) >= 0 && tx.freq == -(200L << 16) && tx.tick == 9990, "ntp_adjtime read");
    memset(&tx, 0, sizeof tx);
    TVT_CHECK(clock_adjtime(CLOCK_REALTIME, &tx) >= 0 && tx.freq == -(200L << 16) && tx.tick == 9990,
              "clock_adjtime read");

    /* Linux's limits: the frequency is clamped to 500 ppm, a tick off by more than 10% is refused
       before anything else in the request is applied. */
    memset(&tx, 0, sizeof tx);
    tx.freq = 1000L << 16;
    TVT_CHECK(adjust(ADJ_FREQUENCY, &tx) >= 0 && tx.freq == 500L << 16, "ADJ_FREQUENCY is clamped: %ld", tx.freq);
    memset(&tx, 0, sizeof tx);
    tx.freq = 1L << 16;
    tx.tick = 8000;
    errno = 0;
    TVT_CHECK(adjust(ADJ_FREQUENCY | ADJ_TICK, &tx) == -1 && errno == EINVAL, "ADJ_TICK 8000 must fail");
    TVT_CHECK(adjtimexRead(&tx) >= 0 && tx.freq == 500L << 16 && tx.tick == 9990, "a refused request changed freq");

    /* ADJ_SETOFFSET is refused (chronyd then steps with settimeofday), and nothing moves. */
    const uint64_t steps = clock->step_count;
    const int64_t offsetBefore = offsetOf(CLOCK_REALTIME);
    memset(&tx, 0, sizeof tx);
    tx.time.tv_sec = 5;
    errno = 0;
    TVT_CHECK(adjust(ADJ_SETOFFSET, &tx) == -1 && errno == EINVAL, "ADJ_SETOFFSET must fail with EINVAL");
    errno = 0;
    TVT_CHECK(adjust(ADJ_SETOFFSET | ADJ_NANO, &tx) == -1 && errno == EINVAL, "ADJ_SETOFFSET|ADJ_NANO");
    TVT_CHECK(clock->step_count == steps && near(offsetOf(CLOCK_REALTIME), offsetBefore, TOLERANCE_NS),
              "ADJ_SETOFFSET moved the clock");

    /* Status and the return value. */
    memset(&tx, 0, sizeof tx);
    tx.status = 0;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) == TIME_OK, "synchronised: TIME_OK");
    tx.status = STA_INS;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) == TIME_INS, "STA_INS: TIME_INS");
    tx.status = STA_DEL;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) == TIME_DEL, "STA_DEL: TIME_DEL");
    tx.status = STA_NANO | STA_CLOCKERR;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) == TIME_OK && !(tx.status & (STA_NANO | STA_CLOCKERR)),
              "read-only status bits were set: 0x%x", tx.status);

    /* Nanoseconds: the status bit, and the time field in ns. */
    memset(&tx, 0, sizeof tx);
    before = tvt_clock_ns(CLOCK_REALTIME);
    result = adjust(ADJ_NANO, &tx);
    after = tvt_clock_ns(CLOCK_REALTIME);
    timeNs = (int64_t)tx.time.tv_sec * TVT_NS_PER_S + tx.time.tv_usec;
    const int64_t offsetNow = offsetOf(CLOCK_REALTIME);
    TVT_CHECK(result >= 0 && (tx.status & STA_NANO), "ADJ_NANO: status 0x%x", tx.status);
    TVT_CHECK(timeNs >= before + offsetNow - TOLERANCE_NS && timeNs <= after + offsetNow + TOLERANCE_NS,
              "timex.time (nanoseconds) is %.6f s off", (timeNs - before - offsetNow) / 1e9);
    tx.constant = 3;
    TVT_CHECK(adjust(ADJ_TIMECONST, &tx) >= 0 && tx.constant == 3, "ADJ_TIMECONST with STA_NANO: %ld", tx.constant);
    tx.constant = 20;
    TVT_CHECK(adjust(ADJ_TIMECONST, &tx) >= 0 && tx.constant == 10, "ADJ_TIMECONST is clamped: %ld", tx.constant);
    TVT_CHECK(adjust(ADJ_MICRO, &tx) >= 0 && !(tx.status & STA_NANO), "ADJ_MICRO");
    tx.constant = 3;
    TVT_CHECK(adjust(ADJ_TIMECONST, &tx) >= 0 && tx.constant == 7, "ADJ_TIMECONST in microseconds: %ld", tx.constant);
    /* Turning the PLL off resets the status, STA_NANO included, as Linux does. */
    TVT_CHECK(adjust(ADJ_NANO, &tx) >= 0 && (tx.status & STA_NANO), "ADJ_NANO");
    tx.status = STA_PLL;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) >= 0 && (tx.status & STA_NANO) && (tx.status & STA_PLL), "PLL on");
    tx.status = 0;
    TVT_CHECK(adjust(ADJ_STATUS, &tx) >= 0 && tx.status == 0, "PLL off: status 0x%x", tx.status);

    memset(&tx, 0, sizeof tx);
    tx.maxerror = 1234;
    tx.esterror = 56;
    TVT_CHECK(adjust(ADJ_MAXERROR | ADJ_ESTERROR, &tx) >= 0 && tx.maxerror == 1234 && tx.esterror == 56,
              "ADJ_MAXERROR|ADJ_ESTERROR");
    memset(&tx, 0, sizeof tx);
    tx.constant = 37;
    TVT_CHECK(adjust(ADJ_TAI, &tx) >= 0 && tx.tai == 37, "ADJ_TAI: %d", tx.tai);
    const int64_t tai = virtualNs(CLOCK_TAI) - virtualNs(CLOCK_REALTIME);
    TVT_CHECK(near(tai, 37 * TVT_NS_PER_S, TOLERANCE_NS), "CLOCK_TAI - CLOCK_REALTIME %.6f s", tai / 1e9);

    /* The PLL and adjtime() are not simulated: only requests that would not start them pass. */
    memset(&tx, 0, sizeof tx);
    tx.status = STA_PLL;
    tx.offset = 1000;
    errno = 0;
    TVT_CHECK(adjust(ADJ_OFFSET | ADJ_STATUS, &tx) == -1 && errno == EINVAL, "a PLL offset must fail");
    tx.status = 0;
    tx.offset = 1000;
    TVT_CHECK(adjust(ADJ_OFFSET | ADJ_STATUS, &tx) >= 0, "an offset with the PLL off is ignored, as Linux does");
    memset(&tx, 0, sizeof tx);
    tx.offset = 777;
    TVT_CHECK(adjust(ADJ_OFFSET_SS_READ, &tx) >= 0 && tx.offset == 0, "ADJ_OFFSET_SS_READ");
    tx.offset = 1000;
    errno = 0;
    TVT_CHECK(adjust(ADJ_OFFSET_SINGLESHOT, &tx) == -1 && errno == EINVAL, "adjtime() with an offset must fail");
    /* chronyd's start cancels any adjtime() in progress; without this it exits ("adjtimex(0x8001) failed"). */
    tx.offset = 0;
    TVT_CHECK(adjust(ADJ_OFFSET_SINGLESHOT, &tx) >= 0 && tx.offset == 0, "adjtime() with a zero offset: %s",
              strerror(errno));

    /* Other clocks: read through, never changed. */
    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_FREQUENCY;
    errno = 0;
    TVT_CHECK(clock_adjtime(CLOCK_MONOTONIC, &tx) == -1 && errno == EPERM, "clock_adjtime(CLOCK_MONOTONIC) change");
    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_FREQUENCY;
    errno = 0;
    TVT_CHECK(clock_adjtime(CLOCK_TAI, &tx) == -1 && errno == EPERM, "clock_adjtime(CLOCK_TAI) change");
    return 1;
}

static int childSockets(struct tandem_vclock_state* clock)
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (!TVT_CHECK(fd >= 0, "socket: %s", strerror(errno)))
        return 0;
    const int refused[] = {SO_TIMESTAMP,
                           SO_TIMESTAMPNS,
                           SO_TIMESTAMPING,
                           63 /* SO_TIMESTAMP_NEW */,
                           64 /* SO_TIMESTAMPNS_NEW */,
                           65 /* SO_TIMESTAMPING_NEW */};
    for (size_t index = 0; index < sizeof refused / sizeof refused[0]; ++index) {
        const int on = 1;
        errno = 0;
        const int result = setsockopt(fd, SOL_SOCKET, refused[index], &on, sizeof on);
        TVT_CHECK(result == -1 && errno == ENOPROTOOPT, "setsockopt(SOL_SOCKET, %d) gave %d (%s)", refused[index],
                  result, strerror(errno));
    }
    TVT_CHECK(clock->refused_timestamping == 6, "refused_timestamping %llu",
              (unsigned long long)clock->refused_timestamping);
    int value = 0;
    socklen_t length = sizeof value;
    TVT_CHECK(getsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &value, &length) == 0 && value == 0, "SO_TIMESTAMPNS is on");

    const int on = 1;
    TVT_CHECK(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0, "SO_REUSEADDR: %s", strerror(errno));
    length = sizeof value;
    TVT_CHECK(getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &value, &length) == 0 && value == 1, "SO_REUSEADDR reads %d",
              value);
    const int tos = 0x10;
    TVT_CHECK(setsockopt(fd, IPPROTO_IP, IP_TOS, &tos, sizeof tos) == 0, "IP_TOS: %s", strerror(errno));
    /* Option 35 of another level is not SO_TIMESTAMPNS (it is IP_ADD_MEMBERSHIP): it reaches the kernel. */
    errno = 0;
    TVT_CHECK(setsockopt(fd, IPPROTO_IP, 35, &on, sizeof on) == -1 && errno != ENOPROTOOPT,
              "IPPROTO_IP option 35 was refused as a timestamping option");

    /* A datagram over loopback arrives without a kernel timestamp. */
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = 0, .sin_addr = {htonl(INADDR_LOOPBACK)}};
    socklen_t addressLength = sizeof address;
    TVT_CHECK(bind(fd, (struct sockaddr*)&address, sizeof address) == 0 &&
                  getsockname(fd, (struct sockaddr*)&address, &addressLength) == 0,
              "bind: %s", strerror(errno));
    TVT_CHECK(sendto(fd, "x", 1, 0, (struct sockaddr*)&address, sizeof address) == 1, "sendto: %s", strerror(errno));
    char byte;
    struct iovec data = {.iov_base = &byte, .iov_len = 1};
    union {
        char buffer[256];
        struct cmsghdr align;
    } control;
    struct msghdr message = {
        .msg_iov = &data, .msg_iovlen = 1, .msg_control = control.buffer, .msg_controllen = sizeof control.buffer};
    TVT_CHECK(recvmsg(fd, &message, 0) == 1, "recvmsg: %s", strerror(errno));
    for (struct cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header))
        TVT_CHECK(header->cmsg_level != SOL_SOCKET, "a socket-level control message (%d) arrived", header->cmsg_type);
    close(fd);
    return 1;
}

/* Two readers and a writer. The writer alternates a library step to +200 s (clock_settime) with a
   lab-style write of +100 s through the sequence lock, anchored 1000 s in the past and written slowly,
   so that a reader mixing two versions of the state would be off by about 1000 s. */
struct race
{
    struct tandem_vclock_state* clock;
    int64_t deadlineRaw;
    uint64_t steps;
    uint64_t reads[2];
    uint64_t outOfRange[2];
    uint64_t backwards[2];
    uint64_t overlapped[2];
    int64_t worst[2];
};

struct reader
{
    struct race* race;
    int index;
};

static void* raceWriter(void* argument)
{
    struct race* race = argument;
    for (uint64_t round = 0; tvt_clock_ns(CLOCK_MONOTONIC_RAW) < race->deadlineRaw; ++round) {
        if (round % 2 == 0) {
            const int64_t target = tvt_clock_ns(CLOCK_REALTIME) + 200 * TVT_NS_PER_S;
            const struct timespec ts = {.tv_sec = target / TVT_NS_PER_S, .tv_nsec = target % TVT_NS_PER_S};
            if (clock_settime(CLOCK_REALTIME, &ts) != 0)
                break;
        } else {
            struct tandem_vclock_state* clock = race->clock;
            tandem_vclock_lock(clock);
            const int64_t raw = tvt_clock_ns(CLOCK_MONOTONIC_RAW);
            const int64_t real = tvt_clock_ns(CLOCK_REALTIME);
            clock->anchor_raw_ns = raw - 1000 * TVT_NS_PER_S;
            const int64_t slow = tvt_clock_ns(CLOCK_MONOTONIC_RAW) + 2000;
            while (tvt_clock_ns(CLOCK_MONOTONIC_RAW) < slow) {
            }
            clock->anchor_virtual_ns = real + 100 * TVT_NS_PER_S - 1000 * TVT_NS_PER_S;
            clock->step_count += 1;
            tandem_vclock_unlock(clock);
        }
        race->steps += 1;
    }
    return NULL;
}

static void* raceReader(void* argument)
{
    const struct reader* self = argument;
    struct race* race = self->race;
    const int index = self->index;
    int64_t previous = 0;
    uint64_t previousSteps = UINT64_MAX;
    while (tvt_clock_ns(CLOCK_MONOTONIC_RAW) < race->deadlineRaw) {
        const int64_t before = tvt_clock_ns(CLOCK_REALTIME);
        const uint64_t stepsBefore = __atomic_load_n(&race->clock->step_count, __ATOMIC_ACQUIRE);
        const int64_t reading = virtualNs(CLOCK_REALTIME);
        const uint64_t stepsAfter = __atomic_load_n(&race->clock->step_count, __ATOMIC_ACQUIRE);
        const int64_t after = tvt_clock_ns(CLOCK_REALTIME);
        /* Near +100 s or +200 s, given when the machine was read around it. A torn reading is ~1000 s
           off; the slack only absorbs a writer preempted between reading the time and setting it. */
        const int64_t slack = 500 * TVT_NS_PER_MS;
        int inRange = 0;
        for (int64_t target = 100; target <= 200; target += 100) {
            const int64_t low = before + target * TVT_NS_PER_S - slack;
            const int64_t high = after + target * TVT_NS_PER_S + slack;
            inRange |= reading >= low && reading <= high;
        }
        if (!inRange) {
            race->outOfRange[index] += 1;
            const int64_t error = reading - before - 150 * TVT_NS_PER_S;
            if (llabs(error) > llabs(race->worst[index]))
                race->worst[index] = error;
        }
        /* Without a step since the previous reading, time never goes backwards. */
        if (stepsBefore == stepsAfter && stepsBefore == previousSteps && reading < previous)
            race->backwards[index] += 1;
        race->overlapped[index] += stepsBefore != stepsAfter;
        previous = reading;
        previousSteps = stepsAfter;
        race->reads[index] += 1;
    }
    return NULL;
}

static int childThreads(struct tandem_vclock_state* clock)
{
    struct race race;
    memset(&race, 0, sizeof race);
    race.clock = clock;
    race.deadlineRaw = tvt_clock_ns(CLOCK_MONOTONIC_RAW) + 300 * TVT_NS_PER_MS;
    struct reader readers[2] = {{&race, 0}, {&race, 1}};
    pthread_t threads[3];
    int started = 0;
    started += pthread_create(&threads[0], NULL, raceReader, &readers[0]) == 0;
    started += pthread_create(&threads[1], NULL, raceReader, &readers[1]) == 0;
    started += pthread_create(&threads[2], NULL, raceWriter, &race) == 0;
    for (int index = 0; index < started; ++index)
        pthread_join(threads[index], NULL);
    if (!TVT_CHECK(started == 3, "pthread_create"))
        return 0;
    printf("threads: %llu steps, %llu + %llu reads, %llu + %llu during a step\n", (unsigned long long)race.steps,
           (unsigned long long)race.reads[0], (unsigned long long)race.reads[1], (unsigned long long)race.overlapped[0],
           (unsigned long long)race.overlapped[1]);
    TVT_CHECK(race.steps >= 100, "the writer stepped only %llu times", (unsigned long long)race.steps);
    for (int index = 0; index < 2; ++index) {
        TVT_CHECK(race.reads[index] >= 1000, "reader %d read only %llu times", index,
                  (unsigned long long)race.reads[index]);
        TVT_CHECK(race.outOfRange[index] == 0, "reader %d: %llu torn or wrong readings (worst %.6f s from +150 s)",
                  index, (unsigned long long)race.outOfRange[index], race.worst[index] / 1e9);
        TVT_CHECK(race.backwards[index] == 0, "reader %d: %llu readings went backwards without a step", index,
                  (unsigned long long)race.backwards[index]);
    }
    TVT_CHECK(clock->step_count == race.steps, "step_count %llu, steps %llu", (unsigned long long)clock->step_count,
              (unsigned long long)race.steps);
    return 1;
}

static int childFork(struct tandem_vclock_state* clock)
{
    const pid_t pid = fork();
    if (pid == 0) {
        /* As a daemon does: close every descriptor but stderr; the mapping stays. */
        for (int fd = 0; fd < 1024; ++fd) {
            if (fd != STDERR_FILENO)
                close(fd);
        }
        const int64_t offset = offsetOf(CLOCK_REALTIME);
        const int64_t now = virtualNs(CLOCK_REALTIME) + 50 * TVT_NS_PER_S;
        const struct timeval tv = {.tv_sec = now / TVT_NS_PER_S, .tv_usec = (now % TVT_NS_PER_S) / 1000};
        _exit(near(offset, OFFSET_NS, TOLERANCE_NS) && settimeofday(&tv, NULL) == 0 ? 0 : 1);
    }
    if (!TVT_CHECK(pid > 0, "fork: %s", strerror(errno)))
        return 0;
    int status = 0;
    TVT_CHECK(tvt_wait(pid, 10000, &status) && WIFEXITED(status) && WEXITSTATUS(status) == 0,
              "the forked child failed (status 0x%x)", status);
    const int64_t offset = offsetOf(CLOCK_REALTIME);
    TVT_CHECK(near(offset, 150 * TVT_NS_PER_S, TOLERANCE_NS), "the forked child's step is not seen here: %.6f s",
              offset / 1e9);
    TVT_CHECK(clock->step_count == 1, "step_count %llu", (unsigned long long)clock->step_count);
    return 1;
}

/* No usable clock file: reads are the machine's, every change is refused by the library itself. The
   invalid arguments tell the two apart: Linux checks them before the capability and would answer
   EINVAL; only the library answers EPERM. */
static int childPassthrough(struct tandem_vclock_state* clock)
{
    (void)clock;
    TVT_CHECK(near(offsetOf(CLOCK_REALTIME), 0, TOLERANCE_NS), "clock_gettime is not the machine's");
    struct timeval tv;
    const int64_t before = tvt_clock_ns(CLOCK_REALTIME);
    TVT_CHECK(gettimeofday(&tv, NULL) == 0, "gettimeofday");
    const int64_t tvNs = (int64_t)tv.tv_sec * TVT_NS_PER_S + (int64_t)tv.tv_usec * 1000;
    TVT_CHECK(near(tvNs, before, TOLERANCE_NS), "gettimeofday is not the machine's");
    TVT_CHECK(llabs((long long)time(NULL) - before / TVT_NS_PER_S) <= 1, "time() is not the machine's");

    const struct timeval badUs = {.tv_sec = tv.tv_sec, .tv_usec = 2000000};
    errno = 0;
    TVT_CHECK(settimeofday(&badUs, NULL) == -1 && errno == EPERM, "settimeofday: %s", strerror(errno));
    const struct timespec badNs = {.tv_sec = tv.tv_sec, .tv_nsec = -1};
    errno = 0;
    TVT_CHECK(clock_settime(CLOCK_REALTIME, &badNs) == -1 && errno == EPERM, "clock_settime: %s", strerror(errno));

    struct timex tx;
    struct timex machine;
    memset(&tx, 0, sizeof tx);
    memset(&machine, 0, sizeof machine);
    TVT_CHECK(adjtimex(&tx) >= 0 && syscall(SYS_adjtimex, &machine) >= 0 && tx.tick == machine.tick,
              "adjtimex does not read the machine's");
    const unsigned int changes[] = {ADJ_FREQUENCY, ADJ_STATUS, ADJ_TICK, ADJ_SETOFFSET, ADJ_OFFSET_SINGLESHOT};
    for (size_t index = 0; index < sizeof changes / sizeof changes[0]; ++index) {
        memset(&tx, 0, sizeof tx);
        tx.modes = changes[index];
        tx.tick = 10000;
        errno = 0;
        TVT_CHECK(adjtimex(&tx) == -1 && errno == EPERM, "adjtimex(0x%x)", changes[index]);
        tx.modes = changes[index];
        errno = 0;
        TVT_CHECK(ntp_adjtime(&tx) == -1 && errno == EPERM, "ntp_adjtime(0x%x)", changes[index]);
        tx.modes = changes[index];
        errno = 0;
        TVT_CHECK(clock_adjtime(CLOCK_REALTIME, &tx) == -1 && errno == EPERM, "clock_adjtime(0x%x)", changes[index]);
    }
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const int on = 1;
    errno = 0;
    TVT_CHECK(setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) == -1 && errno == ENOPROTOOPT,
              "SO_TIMESTAMPNS");
    close(fd);
    return 1;
}

struct childCase
{
    const char* name;
    int (*run)(struct tandem_vclock_state*);
};

static const struct childCase childCases[] = {
    {"offsets", childOffsets}, {"rate", childRate},       {"step", childStep}, {"adjtimex", childAdjtimex},
    {"sockets", childSockets}, {"threads", childThreads}, {"fork", childFork}, {"passthrough", childPassthrough},
};

static int runChild(const char* name)
{
    checkCannotSetMachineClock();
    const char* path = getenv(TANDEM_VCLOCK_ENV);
    struct tandem_vclock_state* clock = NULL;
    if (strcmp(name, "passthrough") != 0) {
        clock = path ? tvt_map_clock(path) : NULL;
        if (!TVT_CHECK(clock != NULL, "no clock file in %s", TANDEM_VCLOCK_ENV))
            return 1;
    }
    for (size_t index = 0; index < sizeof childCases / sizeof childCases[0]; ++index) {
        if (strcmp(childCases[index].name, name) == 0) {
            childCases[index].run(clock);
            tvt_unmap_clock(clock);
            return tvt_failures() == 0 ? 0 : 1;
        }
    }
    TVT_CHECK(0, "unknown case %s", name);
    return 1;
}

/* ---------------------------------------------------------------- the parent, without the preload */

enum clockFile {
    VALID,   /* a fresh clock at +100 s */
    ABSENT,  /* TANDEM_VCLOCK_STATE unset */
    ZEROED,  /* 4096 bytes of zeros: not a clock */
    SHORT,   /* a file of the wrong size */
    RELATIVE /* a relative path */
};

struct parentCase
{
    const char* title;
    const char* child;
    enum clockFile file;
    double ppm;
    int (*check)(struct tandem_vclock_state* clock, const char* path);
};

static int expectSteps(struct tandem_vclock_state* clock, uint64_t steps, int64_t offset)
{
    const int64_t now = tandem_vclock_now(clock) - tvt_clock_ns(CLOCK_REALTIME);
    int ok = TVT_CHECK(clock->step_count == steps, "the parent sees step_count %llu, expected %llu",
                       (unsigned long long)clock->step_count, (unsigned long long)steps);
    ok &= TVT_CHECK(near(now, offset, TOLERANCE_NS), "the parent sees the clock %.6f s off, expected %.6f", now / 1e9,
                    offset / 1e9);
    return ok;
}

static int checkStep(struct tandem_vclock_state* clock, const char* path)
{
    (void)path;
    return expectSteps(clock, 2, -50 * TVT_NS_PER_S) &&
           TVT_CHECK(fabs(clock->last_step_seconds + 250.0) < 0.02, "last_step %.6f", clock->last_step_seconds);
}

static int checkFork(struct tandem_vclock_state* clock, const char* path)
{
    (void)path;
    return expectSteps(clock, 1, 150 * TVT_NS_PER_S);
}

static int checkAdjtimex(struct tandem_vclock_state* clock, const char* path)
{
    (void)path;
    return TVT_CHECK(clock->timex_freq == 500L << 16 && clock->timex_tick == 9990 && clock->timex_tai == 37 &&
                         fabs(clock->adjust_ppm - (500.0 - 1000.0)) < 1e-9,
                     "the parent sees freq %lld tick %lld tai %d adjust_ppm %f", (long long)clock->timex_freq,
                     (long long)clock->timex_tick, clock->timex_tai, clock->adjust_ppm);
}

static int checkSockets(struct tandem_vclock_state* clock, const char* path)
{
    (void)path;
    return TVT_CHECK(clock->refused_timestamping == 6, "refused_timestamping %llu",
                     (unsigned long long)clock->refused_timestamping);
}

static int checkUntouched(struct tandem_vclock_state* clock, const char* path)
{
    (void)clock;
    FILE* file = path ? fopen(path, "re") : NULL;
    if (!file)
        return 1;
    int nonZero = 0;
    for (int byte; (byte = fgetc(file)) != EOF;)
        nonZero |= byte != 0;
    fclose(file);
    return TVT_CHECK(!nonZero, "the library wrote into a file that is not a clock: %s", path);
}

static const struct parentCase parentCases[] = {
    {"offset of +100 s in clock_gettime, gettimeofday, time; other clocks untouched", "offsets", VALID, 0.0, NULL},
    {"an oscillator at +1000 ppm", "rate", VALID, 1000.0, NULL},
    {"settimeofday and clock_settime step only the virtual clock", "step", VALID, 0.0, checkStep},
    {"adjtimex, ntp_adjtime, clock_adjtime", "adjtimex", VALID, 0.0, checkAdjtimex},
    {"kernel timestamping refused, other socket options pass", "sockets", VALID, 0.0, checkSockets},
    {"two readers and a stepping writer", "threads", VALID, 0.0, NULL},
    {"a step in a forked child, after it closed its descriptors", "fork", VALID, 0.0, checkFork},
    {"no TANDEM_VCLOCK_STATE: pass reads through, refuse changes", "passthrough", ABSENT, 0.0, NULL},
    {"a zeroed file: pass reads through, refuse changes", "passthrough", ZEROED, 0.0, checkUntouched},
    {"a file of the wrong size: pass reads through, refuse changes", "passthrough", SHORT, 0.0, checkUntouched},
    {"a relative path: pass reads through, refuse changes", "passthrough", RELATIVE, 0.0, NULL},
};

static int runCase(const struct parentCase* test, const char* self, const char* library, const char* dir)
{
    const int failuresBefore = tvt_failures();
    char path[4200];
    char output[4200];
    snprintf(path, sizeof path, "%s/%s.clock", dir, test->child);
    snprintf(output, sizeof output, "%s/%s.out", dir, test->child);
    struct tandem_vclock_state* clock = NULL;
    const char* clockEnv = path;
    switch (test->file) {
    case VALID:
        clock = tvt_create_clock(path, OFFSET_NS, test->ppm);
        if (!clock)
            return 0;
        break;
    case ABSENT:
        clockEnv = NULL;
        break;
    case ZEROED:
    case SHORT: {
        unlink(path);
        const int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        TVT_CHECK(fd >= 0 && ftruncate(fd, test->file == ZEROED ? TANDEM_VCLOCK_FILE_SIZE : 100) == 0, "%s", path);
        close(fd);
        break;
    }
    case RELATIVE:
        clockEnv = "relative.clock";
        break;
    }

    const int64_t machineBefore = tvt_machine_step_ns();
    const long tickBefore = tvt_machine_tick();
    const char* argv[] = {self, "--child", test->child, NULL};
    const struct tvt_child child = {.argv = argv, .preload = library, .clock = clockEnv, .output = output};
    const pid_t pid = tvt_spawn(&child);
    int status = 0;
    if (pid > 0) {
        if (!TVT_CHECK(tvt_wait(pid, 20000, &status), "the child did not finish within 20 s"))
            status = tvt_stop(pid, 1000);
        TVT_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child failed (wait status 0x%x)", status);
    }
    const int64_t machineAfter = tvt_machine_step_ns();
    TVT_CHECK(tvt_machine_tick() == tickBefore, "the machine's tick changed");
    TVT_CHECK(near(machineAfter, machineBefore, TVT_NS_PER_MS),
              "the machine's CLOCK_REALTIME - CLOCK_MONOTONIC moved by %.6f s", (machineAfter - machineBefore) / 1e9);

    const int warnings = tvt_file_contains(output, "tandem-vclock:");
    if (test->file == VALID) {
        TVT_CHECK(!warnings, "the library warned about a valid clock");
    } else {
        TVT_CHECK(warnings && tvt_count_lines(output) == 1, "expected exactly one warning line from the library");
    }
    if (test->check)
        test->check(clock, test->file == VALID ? NULL : path);
    tvt_unmap_clock(clock);

    const int ok = tvt_failures() == failuresBefore;
    printf("%s %s (%s)\n", ok ? "PASS" : "FAIL", test->child, test->title);
    if (!ok || getenv("TANDEM_VCLOCK_TEST_VERBOSE"))
        tvt_dump_file(output, test->child);
    fflush(stdout);
    return ok;
}

int main(int argc, char** argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc == 3 && strcmp(argv[1], "--child") == 0)
        return runChild(argv[2]);

    const char* library = argc > 1 ? argv[1] : getenv("TANDEM_VCLOCK_LIBRARY");
    if (!TVT_CHECK(library && access(library, R_OK) == 0, "no preload library: pass it or set TANDEM_VCLOCK_LIBRARY"))
        return 1;
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (!TVT_CHECK(length > 0, "readlink /proc/self/exe"))
        return 1;
    self[length] = '\0';
    char dir[4096];
    if (!tvt_make_dir(dir, sizeof dir, "tandem-vclock-test"))
        return 1;
    printf("preload %s, %s\n", library, geteuid() == 0 ? "root: children run without CAP_SYS_TIME" : "not root");

    int passed = 0;
    const int count = (int)(sizeof parentCases / sizeof parentCases[0]);
    for (int index = 0; index < count; ++index)
        passed += runCase(&parentCases[index], self, library, dir);
    tvt_remove_tree(dir);
    printf("%d of %d passed\n", passed, count);
    return passed == count && tvt_failures() == 0 ? 0 : 1;
}
