/*
 * tst_VirtualClockChronyd: two real chronyd daemons, each on its own virtual clock, controlling it
 * (no -x) without CAP_SYS_TIME.
 *
 * S serves its clock (the machine's time, local stratum 10) on 127.A.B.12. C starts 100 s ahead on
 * 127.A.B.13 with S as its only source and makestep: it must step its virtual clock (settimeofday,
 * since ADJ_SETOFFSET is refused) and then steer it (adjtimex frequency and tick) until the two
 * virtual clocks agree. The machine's clock must not move. chronyd missing is a failure: CI installs it.
 */
#define _GNU_SOURCE
#include "vclock_test_support.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CONVERGE_TIMEOUT_MS 30000
#define AGREEMENT_NS (10 * TVT_NS_PER_MS)

static const char* findChronyd(void)
{
    static char found[4096];
    const char* given = getenv("TANDEM_CHRONYD");
    if (given && *given)
        return access(given, X_OK) == 0 ? given : NULL;
    static const char* const known[] = {"/usr/sbin/chronyd", "/usr/local/sbin/chronyd", "/sbin/chronyd"};
    for (size_t index = 0; index < sizeof known / sizeof known[0]; ++index) {
        if (access(known[index], X_OK) == 0)
            return known[index];
    }
    const char* path = getenv("PATH");
    while (path && *path) {
        const char* end = strchr(path, ':');
        const size_t length = end ? (size_t)(end - path) : strlen(path);
        if (length > 0 && snprintf(found, sizeof found, "%.*s/chronyd", (int)length, path) < (int)sizeof found &&
            access(found, X_OK) == 0)
            return found;
        path = end ? end + 1 : NULL;
    }
    return NULL;
}

struct daemon
{
    const char* name;
    char dir[4200];
    char conf[4400];
    char clockPath[4400];
    char log[4400];
    struct tandem_vclock_state* clock;
    pid_t pid;
};

static int prepare(struct daemon* daemon, const char* root, const char* name, int64_t offset, const char* body)
{
    daemon->name = name;
    daemon->pid = -1;
    snprintf(daemon->dir, sizeof daemon->dir, "%s/%s", root, name);
    snprintf(daemon->conf, sizeof daemon->conf, "%s/chrony.conf", daemon->dir);
    snprintf(daemon->clockPath, sizeof daemon->clockPath, "%s/clock", daemon->dir);
    snprintf(daemon->log, sizeof daemon->log, "%s/chronyd.log", daemon->dir);
    if (!TVT_CHECK(mkdir(daemon->dir, 0700) == 0, "mkdir %s: %s", daemon->dir, strerror(errno)))
        return 0;
    char text[16384];
    snprintf(text, sizeof text,
             "pidfile %s/chronyd.pid\n"
             "driftfile %s/drift\n"
             "bindcmdaddress %s/chronyd.sock\n"
             "cmdport 0\n"
             "%s",
             daemon->dir, daemon->dir, daemon->dir, body);
    if (!tvt_write_file(daemon->conf, text))
        return 0;
    daemon->clock = tvt_create_clock(daemon->clockPath, offset, 0.0);
    return daemon->clock != NULL;
}

static int start(struct daemon* daemon, const char* chronyd, const char* library)
{
    const char* user = "root";
    const int root = geteuid() == 0;
    if (!root) {
        const struct passwd* entry = getpwuid(geteuid());
        if (!TVT_CHECK(entry != NULL, "no user name for uid %d", (int)geteuid()))
            return 0;
        user = entry->pw_name;
    }
    /* Foreground, logging to stderr, as this user: never -x, the point is that it steers its clock. */
    const char* rootArgv[] = {chronyd, "-d", "-f", daemon->conf, "-u", user, NULL};
    const char* userArgv[] = {chronyd, "-d", "-U", "-f", daemon->conf, "-u", user, NULL};
    const struct tvt_child child = {
        .argv = root ? rootArgv : userArgv, .preload = library, .clock = daemon->clockPath, .output = daemon->log};
    daemon->pid = tvt_spawn(&child);
    if (daemon->pid <= 0)
        return 0;
    return TVT_CHECK(tvt_has_cap_sys_time(daemon->pid) == 0, "%s's chronyd (pid %d) holds CAP_SYS_TIME", daemon->name,
                     (int)daemon->pid);
}

static void stop(struct daemon* daemon)
{
    if (daemon->pid > 0)
        tvt_stop(daemon->pid, 5000);
    daemon->pid = -1;
}

static int alive(struct daemon* daemon)
{
    int status = 0;
    if (daemon->pid <= 0)
        return 0;
    if (tvt_running(daemon->pid, &status))
        return 1;
    TVT_CHECK(0, "%s's chronyd exited early (wait status 0x%x)", daemon->name, status);
    daemon->pid = -1;
    return 0;
}

/* The log's lines that mention needle, for the record. */
static void printLines(const char* path, const char* needle)
{
    FILE* file = fopen(path, "re");
    if (!file)
        return;
    char line[1024];
    while (fgets(line, sizeof line, file)) {
        if (strstr(line, needle))
            printf("  %s", line);
    }
    fclose(file);
}

static int run(const char* chronyd, const char* library, const char* root)
{
    /* 127.A.B.12/.13 and an even port in 28000..31998, from the pid: apart from the Qt lab tests
       (.2/.3, ports below 28000) that ctest may run at the same time, and below the ephemeral range. */
    const unsigned int value = (unsigned int)getpid() & 0xffffu;
    unsigned int a = 1 + (value >> 8) % 253;
    if (a >= 127)
        ++a;
    const unsigned int b = value & 0xffu;
    const unsigned int port = 28000 + ((unsigned int)getpid() % 2000) * 2;
    char serverAddress[32];
    char clientAddress[32];
    snprintf(serverAddress, sizeof serverAddress, "127.%u.%u.12", a, b);
    snprintf(clientAddress, sizeof clientAddress, "127.%u.%u.13", a, b);

    char serverBody[512];
    char clientBody[512];
    snprintf(serverBody, sizeof serverBody, "bindaddress %s\nport %u\nallow 127.0.0.0/8\nlocal stratum 10\n",
             serverAddress, port);
    snprintf(clientBody, sizeof clientBody,
             "port 0\nbindacqaddress %s\nserver %s port %u iburst minpoll -2 maxpoll -2\nmakestep 1 3\n", clientAddress,
             serverAddress, port);

    struct daemon server;
    struct daemon client;
    memset(&server, 0, sizeof server);
    memset(&client, 0, sizeof client);
    server.pid = client.pid = -1;
    int ok = prepare(&server, root, "S", 0, serverBody) && prepare(&client, root, "C", 100 * TVT_NS_PER_S, clientBody);
    printf("chronyd %s, preload %s, S on %s:%u, C on %s\n", chronyd, library, serverAddress, port, clientAddress);

    const int64_t machineBefore = tvt_machine_step_ns();
    const long tickBefore = tvt_machine_tick();
    const int64_t started = tvt_clock_ns(CLOCK_MONOTONIC);
    ok = ok && start(&server, chronyd, library) && start(&client, chronyd, library);

    int64_t steppedAfter = -1;
    int64_t agreedAfter = -1;
    int64_t difference = 0;
    uint64_t adjustmentsAtStep = 0;
    struct tandem_vclock_state agreed; /* C's clock when it agreed, before chronyd's exit resets it */
    memset(&agreed, 0, sizeof agreed);
    int running = ok;
    while (running) {
        const int64_t elapsed = tvt_clock_ns(CLOCK_MONOTONIC) - started;
        running = alive(&server) && alive(&client);
        if (!running)
            break;
        const uint64_t steps = __atomic_load_n(&client.clock->step_count, __ATOMIC_ACQUIRE);
        const uint64_t adjustments = __atomic_load_n(&client.clock->adjust_count, __ATOMIC_ACQUIRE);
        difference = tandem_vclock_now(client.clock) - tandem_vclock_now(server.clock);
        if (steps >= 1 && steppedAfter < 0) {
            steppedAfter = elapsed;
            adjustmentsAtStep = adjustments;
        }
        /* Agreement after the step, and chronyd still steering (two more frequency/tick changes). */
        if (steps >= 1 && adjustments >= adjustmentsAtStep + 2 && llabs(difference) <= AGREEMENT_NS) {
            agreedAfter = elapsed;
            tandem_vclock_snapshot(client.clock, &agreed);
            break;
        }
        if (elapsed > (int64_t)CONVERGE_TIMEOUT_MS * TVT_NS_PER_MS)
            break;
        tvt_pause_ms(20);
    }
    if (running) {
        TVT_CHECK(agreedAfter >= 0,
                  "C did not step and agree with S within %d ms (C - S = %.6f s, %llu steps, %llu adjustments)",
                  CONVERGE_TIMEOUT_MS, difference / 1e9, (unsigned long long)client.clock->step_count,
                  (unsigned long long)client.clock->adjust_count);
    }
    const int64_t machineAfter = tvt_machine_step_ns();
    stop(&client);
    stop(&server);

    if (agreedAfter >= 0) {
        printf("C stepped after %.2f s and agreed with S within %.1f ms after %.2f s (C - S = %+.6f s)\n",
               steppedAfter / 1e9, AGREEMENT_NS / 1e6, agreedAfter / 1e9, difference / 1e9);
        printf("C then: %llu step(s), last %+.6f s, %llu frequency/tick changes, adjust %+.3f ppm (freq %lld, tick "
               "%lld), status 0x%x; at exit %llu timestamping options refused; S: %llu step(s), %llu refused\n",
               (unsigned long long)agreed.step_count, agreed.last_step_seconds, (unsigned long long)agreed.adjust_count,
               agreed.adjust_ppm, (long long)agreed.timex_freq, (long long)agreed.timex_tick, agreed.timex_status,
               (unsigned long long)client.clock->refused_timestamping, (unsigned long long)server.clock->step_count,
               (unsigned long long)server.clock->refused_timestamping);
        TVT_CHECK(client.clock->last_step_seconds < -99.9 && client.clock->last_step_seconds > -100.1,
                  "C's step was %+.6f s, expected about -100 s", client.clock->last_step_seconds);
        TVT_CHECK(server.clock->step_count == 0, "S stepped its clock");
        TVT_CHECK(client.clock->refused_timestamping >= 1 && server.clock->refused_timestamping >= 1,
                  "chronyd asked for no kernel timestamps");
        TVT_CHECK(tvt_file_contains(client.log, "System clock wrong by"), "C's log lacks \"System clock wrong by\"");
        TVT_CHECK(tvt_file_contains(client.log, "stepped"), "C's log lacks \"stepped\"");
        TVT_CHECK(!tvt_file_contains(client.log, "Fatal") && !tvt_file_contains(server.log, "Fatal"),
                  "a chronyd logged a fatal error");
        printf("C's log on its clock:\n");
        printLines(client.log, "CAP_SYS_TIME");
        printLines(client.log, "ADJ_SETOFFSET");
        printLines(client.log, "System clock");
    }
    TVT_CHECK(tvt_machine_tick() == tickBefore, "the machine's tick changed");
    TVT_CHECK(llabs(machineAfter - machineBefore) <= 5 * TVT_NS_PER_MS,
              "the machine's CLOCK_REALTIME - CLOCK_MONOTONIC moved by %.6f s", (machineAfter - machineBefore) / 1e9);

    const int passed = tvt_failures() == 0;
    if (!passed || getenv("TANDEM_VCLOCK_TEST_VERBOSE")) {
        tvt_dump_file(server.conf, "S's chrony.conf");
        tvt_dump_file(server.log, "S's chronyd output");
        tvt_dump_file(client.conf, "C's chrony.conf");
        tvt_dump_file(client.log, "C's chronyd output");
    }
    tvt_unmap_clock(server.clock);
    tvt_unmap_clock(client.clock);
    return passed;
}

int main(int argc, char** argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char* library = argc > 1 ? argv[1] : getenv("TANDEM_VCLOCK_LIBRARY");
    if (!TVT_CHECK(library && access(library, R_OK) == 0, "no preload library: pass it or set TANDEM_VCLOCK_LIBRARY"))
        return 1;
    const char* chronyd = findChronyd();
    if (!TVT_CHECK(chronyd != NULL, "chronyd is not installed (set TANDEM_CHRONYD to its path)"))
        return 1;
    char root[4096];
    if (!tvt_make_dir(root, sizeof root, "tandem-vclock-chronyd"))
        return 1;
    const int passed = run(chronyd, library, root);
    tvt_remove_tree(root);
    printf("%s\n", passed ? "PASS" : "FAIL");
    return passed ? 0 : 1;
}
