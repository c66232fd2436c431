/*
 * pair-vclock: the pair test bed's handle on its systems' virtual clocks (app/lab/vclock/tandem_vclock.h),
 * compiled by pair-bed into the bed's own directory. It reads and writes clock files through the header's
 * own functions (sequence lock included), so a step made here is seen at once by the chronyd that maps
 * the same file, and the machine's clock is never asked to change.
 *
 *   pair-vclock init FILE [OFFSET_S]   create FILE: a fresh clock at the machine's time + OFFSET_S, 0 ppm
 *   pair-vclock step FILE SECONDS      step the clock (positive: forward)
 *   pair-vclock diff FILE_A FILE_B     A - B in seconds, both read at one CLOCK_MONOTONIC_RAW instant
 *   pair-vclock show FILE              one line: time, steps, last step, adjust_ppm, refused timestamping
 *   pair-vclock host-offset            CLOCK_REALTIME - CLOCK_MONOTONIC of the machine, in nanoseconds
 */
#define _GNU_SOURCE
#include "tandem_vclock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static int64_t machineNs(clockid_t clock)
{
    struct timespec now;
    clock_gettime(clock, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

static double parseSeconds(const char* text)
{
    char* end = NULL;
    errno = 0;
    const double value = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || value != value || value > 1e9 || value < -1e9) {
        fprintf(stderr, "pair-vclock: '%s' is not a number of seconds\n", text);
        exit(2);
    }
    return value;
}

/* A clock file, mapped shared; exits with a message unless it is a virtual clock of this version. */
static struct tandem_vclock_state* openClock(const char* path)
{
    const int fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    struct stat info;
    if (fd < 0 || fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size != TANDEM_VCLOCK_FILE_SIZE) {
        fprintf(stderr, "pair-vclock: %s is not a virtual clock file (%s)\n", path,
                fd < 0 ? strerror(errno) : "wrong type or size");
        exit(1);
    }
    void* mapped = mmap(NULL, TANDEM_VCLOCK_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (mapped == MAP_FAILED) {
        fprintf(stderr, "pair-vclock: cannot map %s: %s\n", path, strerror(errno));
        exit(1);
    }
    struct tandem_vclock_state* state = mapped;
    if (state->magic != TANDEM_VCLOCK_MAGIC || state->version != TANDEM_VCLOCK_VERSION) {
        fprintf(stderr, "pair-vclock: %s is not a version %u virtual clock\n", path, TANDEM_VCLOCK_VERSION);
        exit(1);
    }
    return state;
}

static int initClock(const char* path, double offsetSeconds)
{
    const int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0 || ftruncate(fd, TANDEM_VCLOCK_FILE_SIZE) != 0) {
        fprintf(stderr, "pair-vclock: cannot create %s: %s\n", path, strerror(errno));
        return 1;
    }
    void* mapped = mmap(NULL, TANDEM_VCLOCK_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (mapped == MAP_FAILED) {
        fprintf(stderr, "pair-vclock: cannot map %s: %s\n", path, strerror(errno));
        return 1;
    }
    const int64_t virtualNs = machineNs(CLOCK_REALTIME) + (int64_t)(offsetSeconds * 1e9);
    tandem_vclock_init(mapped, virtualNs, 0.0);
    if (msync(mapped, TANDEM_VCLOCK_FILE_SIZE, MS_SYNC) != 0) {
        fprintf(stderr, "pair-vclock: cannot write %s: %s\n", path, strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char** argv)
{
    const char* verb = argc > 1 ? argv[1] : "";
    if (strcmp(verb, "init") == 0 && (argc == 3 || argc == 4))
        return initClock(argv[2], argc == 4 ? parseSeconds(argv[3]) : 0.0);
    if (strcmp(verb, "step") == 0 && argc == 4) {
        tandem_vclock_step(openClock(argv[2]), (int64_t)(parseSeconds(argv[3]) * 1e9));
        return 0;
    }
    if (strcmp(verb, "diff") == 0 && argc == 4) {
        const struct tandem_vclock_state* a = openClock(argv[2]);
        const struct tandem_vclock_state* b = openClock(argv[3]);
        const int64_t raw = tandem_vclock_raw_ns();
        printf("%.9f\n", (double)(tandem_vclock_at(a, raw) - tandem_vclock_at(b, raw)) / 1e9);
        return 0;
    }
    if (strcmp(verb, "show") == 0 && argc == 3) {
        struct tandem_vclock_state copy;
        tandem_vclock_snapshot(openClock(argv[2]), &copy);
        const int64_t now = tandem_vclock_at(&copy, tandem_vclock_raw_ns());
        printf("time=%.6f machine_minus_virtual=%.6f steps=%llu last_step=%.6f adjust_ppm=%.3f "
               "refused_timestamping=%llu\n",
               (double)now / 1e9, (double)(machineNs(CLOCK_REALTIME) - now) / 1e9, (unsigned long long)copy.step_count,
               copy.last_step_seconds, copy.adjust_ppm, (unsigned long long)copy.refused_timestamping);
        return 0;
    }
    if (strcmp(verb, "host-offset") == 0 && argc == 2) {
        /* The realtime reading between two monotonic ones: their mean is the monotonic time at that instant. */
        const int64_t before = machineNs(CLOCK_MONOTONIC);
        const int64_t realtime = machineNs(CLOCK_REALTIME);
        const int64_t after = machineNs(CLOCK_MONOTONIC);
        printf("%lld\n", (long long)(realtime - (before + (after - before) / 2)));
        return 0;
    }
    fprintf(stderr, "usage: pair-vclock init FILE [OFFSET_S] | step FILE SECONDS | diff FILE_A FILE_B | "
                    "show FILE | host-offset\n");
    return 2;
}
