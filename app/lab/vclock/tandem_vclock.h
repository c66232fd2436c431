/*
 * The shared state of one lab system's virtual clock, and the few operations on it.
 *
 * A virtual clock is a small file (TANDEM_VCLOCK_FILE_SIZE bytes) that every process standing for
 * one lab system maps shared: that system's chronyd (through the preload library
 * libtandem-vclock.so, named by the TANDEM_VCLOCK_STATE environment variable), and the lab's own
 * controls and checks in the core (VirtualClock). A step or a frequency change made by one of them
 * is seen by all at once, and the machine's own clock is never touched.
 *
 * The clock runs on CLOCK_MONOTONIC_RAW (the machine's oscillator, never stepped or slewed):
 *   virtual(raw) = anchor_virtual_ns + (raw - anchor_raw_ns) * (1 + (oscillator_ppm + adjust_ppm) / 1e6)
 * oscillator_ppm is the simulated hardware error (a lab control); adjust_ppm is the correction that
 * chronyd set through adjtimex (frequency and tick). Every change re-anchors the clock at "now" first,
 * so the past never moves.
 *
 * This header is C and C++ (the preload library is C; the core is C++): plain types, static inline
 * functions, GCC's __atomic builtins for the sequence lock, no allocation and no system calls except
 * clock_gettime(CLOCK_MONOTONIC_RAW).
 */
#ifndef TANDEM_VCLOCK_H
#define TANDEM_VCLOCK_H

#include <stdint.h>
#include <time.h>

#define TANDEM_VCLOCK_MAGIC 0x31435654u /* "TVC1" in a little-endian file */
#define TANDEM_VCLOCK_VERSION 1u
#define TANDEM_VCLOCK_FILE_SIZE 4096
#define TANDEM_VCLOCK_ENV "TANDEM_VCLOCK_STATE"

/* Linux's nominal adjtimex tick (microseconds per tick at USER_HZ 100). */
#define TANDEM_VCLOCK_NOMINAL_TICK 10000

struct tandem_vclock_state
{
    uint32_t magic;
    uint32_t version;
    /* Sequence lock: odd while a writer changes the fields below. Writers take it by compare-and-swap
       from an even value, so two writers (chronyd and the lab's controls) never interleave. */
    uint32_t sequence;
    uint32_t reserved0;

    int64_t anchor_raw_ns;     /* CLOCK_MONOTONIC_RAW at the anchor */
    int64_t anchor_virtual_ns; /* the virtual CLOCK_REALTIME at the anchor, ns since the Unix epoch */
    double oscillator_ppm;     /* the simulated oscillator's own error: positive runs fast */
    double adjust_ppm;         /* chronyd's correction: timex freq / 65536 + (tick - nominal) * 100 */

    /* adjtimex's state, handed back as chronyd left it (the kernel would keep it the same way). */
    int64_t timex_freq; /* scaled ppm (ppm * 65536) */
    int64_t timex_tick; /* microseconds per tick */
    int64_t timex_maxerror;
    int64_t timex_esterror;
    int64_t timex_constant;
    int32_t timex_status;
    int32_t timex_tai; /* TAI - UTC in seconds (ADJ_TAI); CLOCK_TAI reads the virtual clock plus this */

    /* What happened to the clock, for the lab's chart markers and for tests. */
    uint64_t step_count;           /* steps through settimeofday/clock_settime, and by the lab */
    double last_step_seconds;      /* the last step's size (new - old) */
    int64_t last_step_virtual_ns;  /* the virtual time just after the last step */
    uint64_t adjust_count;         /* frequency/tick changes (a sign that chronyd is steering it) */
    uint64_t refused_timestamping; /* SO_TIMESTAMP* requests refused */
};

static inline int64_t tandem_vclock_raw_ns(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC_RAW, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

static inline double tandem_vclock_rate(const struct tandem_vclock_state* state)
{
    return 1.0 + (state->oscillator_ppm + state->adjust_ppm) / 1e6;
}

/* The virtual time at a reading of CLOCK_MONOTONIC_RAW, from a consistent snapshot. */
static inline int64_t tandem_vclock_at(const struct tandem_vclock_state* state, int64_t raw_ns)
{
    for (;;) {
        const uint32_t before = __atomic_load_n(&state->sequence, __ATOMIC_ACQUIRE);
        if (before & 1u)
            continue;
        const int64_t anchor_raw = state->anchor_raw_ns;
        const int64_t anchor_virtual = state->anchor_virtual_ns;
        const double rate = tandem_vclock_rate(state);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        if (__atomic_load_n(&state->sequence, __ATOMIC_RELAXED) != before)
            continue;
        return anchor_virtual + (int64_t)((double)(raw_ns - anchor_raw) * rate);
    }
}

static inline int64_t tandem_vclock_now(const struct tandem_vclock_state* state)
{
    return tandem_vclock_at(state, tandem_vclock_raw_ns());
}

/* Writers: lock, change, unlock. Between lock and unlock, re-anchor before changing the rate. */
static inline void tandem_vclock_lock(struct tandem_vclock_state* state)
{
    for (;;) {
        uint32_t current = __atomic_load_n(&state->sequence, __ATOMIC_RELAXED);
        if ((current & 1u) == 0 && __atomic_compare_exchange_n(&state->sequence, &current, current + 1u, 0,
                                                               __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            break;
    }
    __atomic_thread_fence(__ATOMIC_RELEASE);
}

static inline void tandem_vclock_unlock(struct tandem_vclock_state* state)
{
    __atomic_fetch_add(&state->sequence, 1u, __ATOMIC_RELEASE);
}

/* Under the lock: moves the anchor to raw_ns without changing the clock's reading. */
static inline void tandem_vclock_reanchor(struct tandem_vclock_state* state, int64_t raw_ns)
{
    state->anchor_virtual_ns += (int64_t)((double)(raw_ns - state->anchor_raw_ns) * tandem_vclock_rate(state));
    state->anchor_raw_ns = raw_ns;
}

/* Steps the clock by delta_ns (positive: forward). */
static inline void tandem_vclock_step(struct tandem_vclock_state* state, int64_t delta_ns)
{
    tandem_vclock_lock(state);
    tandem_vclock_reanchor(state, tandem_vclock_raw_ns());
    state->anchor_virtual_ns += delta_ns;
    state->step_count += 1;
    state->last_step_seconds = (double)delta_ns / 1e9;
    state->last_step_virtual_ns = state->anchor_virtual_ns;
    tandem_vclock_unlock(state);
}

/* Sets the clock to an absolute virtual time (settimeofday, clock_settime). */
static inline void tandem_vclock_set(struct tandem_vclock_state* state, int64_t virtual_ns)
{
    tandem_vclock_lock(state);
    const int64_t raw = tandem_vclock_raw_ns();
    tandem_vclock_reanchor(state, raw);
    state->step_count += 1;
    state->last_step_seconds = (double)(virtual_ns - state->anchor_virtual_ns) / 1e9;
    state->anchor_virtual_ns = virtual_ns;
    state->last_step_virtual_ns = virtual_ns;
    tandem_vclock_unlock(state);
}

/* Sets the simulated oscillator error (a lab control), from now on. */
static inline void tandem_vclock_set_oscillator(struct tandem_vclock_state* state, double ppm)
{
    tandem_vclock_lock(state);
    tandem_vclock_reanchor(state, tandem_vclock_raw_ns());
    state->oscillator_ppm = ppm;
    tandem_vclock_unlock(state);
}

/* A fresh clock: virtual_ns now, running at oscillator_ppm, adjtimex as a kernel boots it. */
static inline void tandem_vclock_init(struct tandem_vclock_state* state, int64_t virtual_ns, double oscillator_ppm)
{
    /* Not "= {0}": in C++ that warns (-Wmissing-field-initializers) for every other member. */
    struct tandem_vclock_state fresh;
    __builtin_memset(&fresh, 0, sizeof fresh);
    fresh.magic = TANDEM_VCLOCK_MAGIC;
    fresh.version = TANDEM_VCLOCK_VERSION;
    fresh.anchor_raw_ns = tandem_vclock_raw_ns();
    fresh.anchor_virtual_ns = virtual_ns;
    fresh.oscillator_ppm = oscillator_ppm;
    fresh.timex_tick = TANDEM_VCLOCK_NOMINAL_TICK;
    fresh.timex_maxerror = 16000000;
    fresh.timex_esterror = 16000000;
    fresh.timex_constant = 2;
    fresh.timex_status = 0x0040; /* STA_UNSYNC */
    *state = fresh;
}

/* A consistent copy of the whole state, for readers that want more than the time. */
static inline void tandem_vclock_snapshot(const struct tandem_vclock_state* state, struct tandem_vclock_state* copy)
{
    for (;;) {
        const uint32_t before = __atomic_load_n(&state->sequence, __ATOMIC_ACQUIRE);
        if (before & 1u)
            continue;
        __builtin_memcpy(copy, (const void*)state, sizeof *copy);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        if (__atomic_load_n(&state->sequence, __ATOMIC_RELAXED) == before)
            return;
    }
}

#endif /* TANDEM_VCLOCK_H */
