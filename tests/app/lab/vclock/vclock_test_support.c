#define _GNU_SOURCE
#include "vclock_test_support.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <linux/capability.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

static int failures;

int tvt_check(int held, const char* file, int line, const char* condition, const char* format, ...)
{
    if (held)
        return 1;
    ++failures;
    fprintf(stderr, "FAIL %s:%d: %s: ", file, line, condition);
    va_list arguments;
    va_start(arguments, format);
    vfprintf(stderr, format, arguments);
    va_end(arguments);
    fputc('\n', stderr);
    fflush(stderr);
    return 0;
}

int tvt_failures(void)
{
    return failures;
}

int64_t tvt_clock_ns(clockid_t clock)
{
    struct timespec now;
    if (syscall(SYS_clock_gettime, clock, &now) != 0)
        return INT64_MIN;
    return (int64_t)now.tv_sec * TVT_NS_PER_S + now.tv_nsec;
}

int64_t tvt_machine_step_ns(void)
{
    /* Bracket the realtime reading with two monotonic ones, and keep the tightest of a few tries. */
    int64_t best = 0;
    int64_t bestWidth = INT64_MAX;
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int64_t before = tvt_clock_ns(CLOCK_MONOTONIC);
        const int64_t real = tvt_clock_ns(CLOCK_REALTIME);
        const int64_t after = tvt_clock_ns(CLOCK_MONOTONIC);
        if (after - before < bestWidth) {
            bestWidth = after - before;
            best = real - (before + (after - before) / 2);
        }
    }
    return best;
}

long tvt_machine_tick(void)
{
    struct timex reading;
    memset(&reading, 0, sizeof reading);
    return syscall(SYS_adjtimex, &reading) < 0 ? -1 : reading.tick;
}

void tvt_pause_ms(int milliseconds)
{
    const struct timespec pause = {.tv_sec = milliseconds / 1000, .tv_nsec = (long)(milliseconds % 1000) * 1000000};
    nanosleep(&pause, NULL);
}

/* Maps an open clock file and closes the descriptor (the mapping outlives it). */
static struct tandem_vclock_state* mapAndClose(int fd, const char* path)
{
    void* mapped = mmap(NULL, TANDEM_VCLOCK_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (mapped == MAP_FAILED) {
        TVT_CHECK(0, "cannot map %s: %s", path, strerror(errno));
        return NULL;
    }
    return mapped;
}

struct tandem_vclock_state* tvt_create_clock(const char* path, int64_t offset_ns, double ppm)
{
    unlink(path);
    const int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 || ftruncate(fd, TANDEM_VCLOCK_FILE_SIZE) != 0) {
        TVT_CHECK(0, "cannot create %s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    struct tandem_vclock_state* clock = mapAndClose(fd, path);
    if (clock)
        tandem_vclock_init(clock, tvt_clock_ns(CLOCK_REALTIME) + offset_ns, ppm);
    return clock;
}

struct tandem_vclock_state* tvt_map_clock(const char* path)
{
    const int fd = open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        TVT_CHECK(0, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    return mapAndClose(fd, path);
}

void tvt_unmap_clock(struct tandem_vclock_state* clock)
{
    if (clock)
        munmap(clock, TANDEM_VCLOCK_FILE_SIZE);
}

int tvt_make_dir(char* path, size_t size, const char* prefix)
{
    const char* base = getenv("TMPDIR");
    if (!base || !*base)
        base = "/tmp";
    if (snprintf(path, size, "%s/%s-XXXXXX", base, prefix) >= (int)size)
        return TVT_CHECK(0, "temp path too long");
    if (!mkdtemp(path))
        return TVT_CHECK(0, "mkdtemp %s: %s", path, strerror(errno));
    return TVT_CHECK(chmod(path, 0700) == 0, "chmod %s: %s", path, strerror(errno));
}

static int removeEntry(const char* path, const struct stat* info, int type, struct FTW* walk)
{
    (void)info;
    (void)type;
    (void)walk;
    remove(path);
    return 0;
}

void tvt_remove_tree(const char* path)
{
    nftw(path, removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

int tvt_write_file(const char* path, const char* text)
{
    FILE* file = fopen(path, "we");
    if (!file)
        return TVT_CHECK(0, "cannot write %s: %s", path, strerror(errno));
    const size_t length = strlen(text);
    const int written = fwrite(text, 1, length, file) == length;
    return TVT_CHECK(fclose(file) == 0 && written, "cannot write %s", path);
}

/* The file's text (at most 1 MiB), malloc'd; NULL if unreadable. */
static char* readText(const char* path)
{
    FILE* file = fopen(path, "re");
    if (!file)
        return NULL;
    const size_t capacity = 1 << 20;
    char* text = malloc(capacity + 1);
    if (!text) {
        fclose(file);
        return NULL;
    }
    const size_t length = fread(text, 1, capacity, file);
    text[length] = '\0';
    fclose(file);
    return text;
}

int tvt_file_contains(const char* path, const char* needle)
{
    char* text = readText(path);
    const int found = text && strstr(text, needle) != NULL;
    free(text);
    return found;
}

int tvt_count_lines(const char* path)
{
    char* text = readText(path);
    if (!text)
        return -1;
    int lines = 0;
    for (const char* at = text; *at; ++at)
        lines += *at == '\n';
    free(text);
    return lines;
}

void tvt_dump_file(const char* path, const char* label)
{
    char* text = readText(path);
    fprintf(stderr, "----- %s (%s) -----\n%s----- end of %s -----\n", label, path, text ? text : "(unreadable)\n",
            label);
    free(text);
}

/* environ without LD_PRELOAD and TANDEM_VCLOCK_STATE, then the child's own; malloc'd. */
static char** childEnvironment(const struct tvt_child* child, char* preload, char* clock)
{
    size_t count = 0;
    while (environ[count])
        ++count;
    char** result = calloc(count + 3, sizeof *result);
    if (!result)
        return NULL;
    size_t used = 0;
    for (size_t index = 0; index < count; ++index) {
        if (strncmp(environ[index], "LD_PRELOAD=", 11) == 0 ||
            strncmp(environ[index], TANDEM_VCLOCK_ENV "=", strlen(TANDEM_VCLOCK_ENV) + 1) == 0)
            continue;
        result[used++] = environ[index];
    }
    if (child->preload)
        result[used++] = preload;
    if (child->clock)
        result[used++] = clock;
    result[used] = NULL;
    return result;
}

/* In the child before exec: CAP_SYS_TIME out of the bounding set (so exec cannot grant it, even to
   root) and out of the inheritable and ambient sets (the other ways it survives an exec). */
static int dropSysTime(void)
{
    if (geteuid() != 0)
        return 1;
    if (prctl(PR_CAPBSET_DROP, CAP_SYS_TIME, 0, 0, 0) != 0)
        return 0;
    prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    struct __user_cap_header_struct header = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
    struct __user_cap_data_struct data[2];
    memset(data, 0, sizeof data);
    if (syscall(SYS_capget, &header, data) != 0)
        return 0;
    data[CAP_TO_INDEX(CAP_SYS_TIME)].inheritable &= ~CAP_TO_MASK(CAP_SYS_TIME);
    return syscall(SYS_capset, &header, data) == 0;
}

pid_t tvt_spawn(const struct tvt_child* child)
{
    char preload[4096];
    char clock[4096];
    snprintf(preload, sizeof preload, "LD_PRELOAD=%s", child->preload ? child->preload : "");
    snprintf(clock, sizeof clock, "%s=%s", TANDEM_VCLOCK_ENV, child->clock ? child->clock : "");
    char** environment = childEnvironment(child, preload, clock);
    int report[2];
    if (!environment || pipe2(report, O_CLOEXEC) != 0) {
        TVT_CHECK(0, "cannot prepare %s: %s", child->argv[0], strerror(errno));
        free(environment);
        return -1;
    }
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid == 0) {
        /* Only async-signal-safe calls from here to exec. */
        int error = 0;
        if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0 || getppid() != parent)
            error = errno ? errno : ESRCH;
        const int output = open(child->output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (!error && (output < 0 || dup2(output, STDOUT_FILENO) < 0 || dup2(output, STDERR_FILENO) < 0))
            error = errno;
        if (!error && !dropSysTime())
            error = errno ? errno : EPERM;
        if (!error) {
            execve(child->argv[0], (char* const*)child->argv, environment);
            error = errno;
        }
        const ssize_t ignored = write(report[1], &error, sizeof error);
        (void)ignored;
        _exit(127);
    }
    close(report[1]);
    free(environment);
    if (pid < 0) {
        close(report[0]);
        TVT_CHECK(0, "fork: %s", strerror(errno));
        return -1;
    }
    int error = 0;
    ssize_t got;
    do {
        got = read(report[0], &error, sizeof error);
    } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got > 0) {
        int status;
        waitpid(pid, &status, 0);
        TVT_CHECK(0, "cannot start %s (with CAP_SYS_TIME dropped when root): %s", child->argv[0], strerror(error));
        return -1;
    }
    return pid;
}

int tvt_running(pid_t pid, int* status)
{
    int ignored;
    return waitpid(pid, status ? status : &ignored, WNOHANG) == 0;
}

int tvt_wait(pid_t pid, int timeout_ms, int* status)
{
    const int64_t deadline = tvt_clock_ns(CLOCK_MONOTONIC) + (int64_t)timeout_ms * TVT_NS_PER_MS;
    /* A pidfd becomes readable when the process exits; without one (old kernels), poll every 5 ms. */
    const int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    for (;;) {
        if (!tvt_running(pid, status)) {
            if (pidfd >= 0)
                close(pidfd);
            return 1;
        }
        const int64_t left = deadline - tvt_clock_ns(CLOCK_MONOTONIC);
        if (left <= 0)
            break;
        if (pidfd >= 0) {
            struct pollfd exited = {.fd = pidfd, .events = POLLIN, .revents = 0};
            poll(&exited, 1, (int)(left / TVT_NS_PER_MS) + 1);
        } else {
            tvt_pause_ms(5);
        }
    }
    if (pidfd >= 0)
        close(pidfd);
    return 0;
}

int tvt_stop(pid_t pid, int timeout_ms)
{
    int status = 0;
    if (pid <= 0)
        return 0;
    kill(pid, SIGTERM);
    if (tvt_wait(pid, timeout_ms, &status))
        return status;
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return status;
}

int tvt_has_cap_sys_time(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE* file = fopen(path, "re");
    if (!file)
        return -1;
    char line[256];
    int found = 0;
    int has = 0;
    while (fgets(line, sizeof line, file)) {
        unsigned long long set;
        if (sscanf(line, "CapEff: %llx", &set) == 1 || sscanf(line, "CapPrm: %llx", &set) == 1) {
            ++found;
            has |= (set >> CAP_SYS_TIME) & 1u;
        }
    }
    fclose(file);
    return found == 2 ? has : -1;
}
