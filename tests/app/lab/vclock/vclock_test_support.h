/*
 * Helpers shared by the virtual clock's C tests: the machine's clocks read past any preload, state
 * files, temp directories, and child processes started with the preload and without CAP_SYS_TIME.
 */
#ifndef TANDEM_VCLOCK_TEST_SUPPORT_H
#define TANDEM_VCLOCK_TEST_SUPPORT_H

#include "tandem_vclock.h"

#include <stdint.h>
#include <sys/types.h>

#define TVT_NS_PER_S INT64_C(1000000000)
#define TVT_NS_PER_MS INT64_C(1000000)

/* Records a failure with its place and a message unless cond holds; evaluates to whether it held. */
#define TVT_CHECK(cond, ...) tvt_check(!!(cond), __FILE__, __LINE__, #cond, __VA_ARGS__)

int tvt_check(int held, const char* file, int line, const char* condition, const char* format, ...)
    __attribute__((format(printf, 5, 6)));
int tvt_failures(void);

/* A clock read with the system call itself: never the preload's (or the vDSO's) answer. */
int64_t tvt_clock_ns(clockid_t clock);
/* The machine's CLOCK_REALTIME - CLOCK_MONOTONIC: changes only when the machine's clock is stepped. */
int64_t tvt_machine_step_ns(void);
/* The machine's adjtimex tick, read by system call; -1 if unreadable. */
long tvt_machine_tick(void);
/* Waits between polls of a deadline loop (never a synchronisation on its own). */
void tvt_pause_ms(int milliseconds);

/* A new virtual clock file at path: the machine's CLOCK_REALTIME + offset_ns, running at ppm. */
struct tandem_vclock_state* tvt_create_clock(const char* path, int64_t offset_ns, double ppm);
struct tandem_vclock_state* tvt_map_clock(const char* path);
void tvt_unmap_clock(struct tandem_vclock_state* clock);

/* A fresh 0700 directory under $TMPDIR (or /tmp); 0 on failure. */
int tvt_make_dir(char* path, size_t size, const char* prefix);
void tvt_remove_tree(const char* path);
int tvt_write_file(const char* path, const char* text);
int tvt_file_contains(const char* path, const char* needle);
int tvt_count_lines(const char* path);
void tvt_dump_file(const char* path, const char* label);

struct tvt_child
{
    const char* const* argv; /* argv[0] is the program's path */
    const char* preload;     /* LD_PRELOAD, or NULL */
    const char* clock;       /* TANDEM_VCLOCK_STATE, or NULL to leave it unset */
    const char* output;      /* stdout and stderr go here */
};

/* Starts the child (dying with us, with CAP_SYS_TIME out of its bounding and inheritable sets when we
   are root) and returns once it has exec'd; -1 (after a failure message) if it could not. */
pid_t tvt_spawn(const struct tvt_child* child);
/* Reaps pid within timeout_ms: 1 and its wait status, or 0 if it is still running. */
int tvt_wait(pid_t pid, int timeout_ms, int* status);
/* Whether pid is still running (reaps it if it is not, storing its status). */
int tvt_running(pid_t pid, int* status);
/* SIGTERM, then SIGKILL after timeout_ms, and reaps it. Returns the wait status. */
int tvt_stop(pid_t pid, int timeout_ms);
/* Whether the process holds CAP_SYS_TIME in its effective or permitted set (from /proc), or -1. */
int tvt_has_cap_sys_time(pid_t pid);

#endif /* TANDEM_VCLOCK_TEST_SUPPORT_H */
