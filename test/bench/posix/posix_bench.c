/*
 * The POSIX server benchmarks (test/bench/posix): guest instructions (rdtsc under -icount) of the
 * calls issue 14 sets bars for, each through KOITO-libc and the server as a program makes them:
 * getpid, a 1-byte write to /dev/null, open + read 4 KiB + close of a tmpfs file, posix_spawn +
 * waitpid of the minimal static program (bin/minimal, which returns 0 at once), a pipe round
 * trip (one byte to bin/pipe-echo, a child that writes each byte back, over two pipes); a 64 KiB
 * read through the shared buffer; a signal round trip (kill of the process itself with a
 * handler, to the handler's return). Prints one BENCH-JSON block for run-bench.py.
 */
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#define WARMUP  16u
#define SAMPLES 64u

static inline uint64_t now(void)
{
    uint64_t low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return high << 32 | low;
}

static void sort(uint64_t *values, unsigned count)
{
    for (unsigned i = 1; i < count; i++) {
        uint64_t value = values[i];
        unsigned j = i;
        for (; j > 0 && values[j - 1] > value; j--)
            values[j] = values[j - 1];
        values[j] = value;
    }
}

static char data[65536];
static int null_fd;

static int bench_getpid(void)
{
    return getpid() > 0 ? 0 : -1;
}

static int bench_write_null(void)
{
    return write(null_fd, "x", 1) == 1 ? 0 : -1;
}

static int bench_open_read_close(void)
{
    int fd = open("/tmp/page", O_RDONLY);
    int ok = fd >= 0 && read(fd, data, 4096) == 4096;
    return close(fd) == 0 && ok ? 0 : -1;
}

static int bench_read_64k(void)
{
    return pread(null_fd + 1, data, sizeof data, 0) == (long)sizeof data ? 0 : -1;
}

static int bench_spawn_wait(void)
{
    static char *argv[] = {"minimal", NULL};
    static char *envp[] = {NULL};
    pid_t pid;
    int status = -1;
    if (posix_spawn(&pid, "/bin/minimal", NULL, NULL, argv, envp) != 0)
        return -1;
    return waitpid(pid, &status, 0) == pid && status == 0 ? 0 : -1;
}

static volatile sig_atomic_t signals_caught;

static void bench_handler(int number)
{
    (void)number;
    signals_caught++;
}

static int bench_signal_round_trip(void)
{
    sig_atomic_t before = signals_caught;
    return kill(getpid(), SIGUSR1) == 0 && signals_caught == before + 1 ? 0 : -1;
}

static int echo_there = -1, echo_back = -1;

static int bench_pipe_round_trip(void)
{
    char byte = 'r', answer = 0;
    return write(echo_there, &byte, 1) == 1 && read(echo_back, &answer, 1) == 1 && answer == byte
               ? 0
               : -1;
}

/* Start bin/pipe-echo with a pipe to its descriptor 0 and one from its 1; 0, or -1. */
static int echo_start(pid_t *pid)
{
    int there[2], back[2];
    if (pipe(there) != 0 || pipe(back) != 0)
        return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, there[0], 0);
    posix_spawn_file_actions_adddup2(&actions, back[1], 1);
    const int ends[] = {there[0], there[1], back[0], back[1]};
    for (unsigned i = 0; i < 4; i++)
        posix_spawn_file_actions_addclose(&actions, ends[i]);
    static char *argv[] = {"pipe-echo", NULL};
    static char *envp[] = {NULL};
    int error = posix_spawn(pid, "/bin/pipe-echo", &actions, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0 || close(there[0]) != 0 || close(back[1]) != 0)
        return -1;
    echo_there = there[1];
    echo_back = back[0];
    return 0;
}

/* The child sees the end of its input and ends with status 0. */
static int echo_stop(pid_t pid)
{
    int status = -1;
    if (close(echo_there) != 0 || waitpid(pid, &status, 0) != pid || close(echo_back) != 0)
        return -1;
    return status == 0 ? 0 : -1;
}

/* Run one benchmark and print its record; 0, or -1 when a call failed. */
static int measure(const char *name, const char *parameters, int (*call)(void), bool last)
{
    static uint64_t samples[SAMPLES];
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        uint64_t start = now();
        if (call() != 0) {
            printf("posix-bench: %s failed\n", name);
            return -1;
        }
        uint64_t end = now();
        if (k >= WARMUP)
            samples[k - WARMUP] = end - start;
    }
    sort(samples, SAMPLES);
    printf("  {\"name\": \"%s\", \"parameters\": {%s}, \"min\": %llu, \"median\": %llu, "
           "\"max\": %llu, \"samples\": %u}%s\n",
           name, parameters, (unsigned long long)samples[0],
           (unsigned long long)samples[(SAMPLES - 1) / 2], (unsigned long long)samples[SAMPLES - 1],
           SAMPLES, last ? "" : ",");
    return 0;
}

int main(void)
{
    null_fd = open("/dev/null", O_WRONLY);
    int big = open("/tmp/big", O_RDWR | O_CREAT, 0644); /* null_fd + 1 */
    int page = open("/tmp/page", O_WRONLY | O_CREAT, 0644);
    if (null_fd < 0 || big != null_fd + 1 || page < 0 ||
        write(big, data, sizeof data) != (long)sizeof data || write(page, data, 4096) != 4096 ||
        close(page) != 0) {
        printf("posix-bench: cannot set up its files\n");
        return 1;
    }
    printf("BENCH-JSON-BEGIN\n");
    printf("{\"suite\": \"posix-bench\", \"unit\": \"guest instructions\", \"overhead\": 0, "
           "\"warmup\": %u, \"records\": [\n",
           WARMUP);
    int failed = measure("posix_getpid", "", bench_getpid, false);
    failed |= measure("posix_write_1_byte", "\"file\": \"/dev/null\"", bench_write_null, false);
    failed |=
        measure("posix_open_read_4k_close", "\"file\": \"tmpfs\"", bench_open_read_close, false);
    failed |=
        measure("posix_spawn_wait", "\"program\": \"minimal static\"", bench_spawn_wait, false);
    pid_t echo = -1;
    if (echo_start(&echo) != 0) {
        printf("posix-bench: cannot start bin/pipe-echo\n");
        failed = 1;
    } else {
        failed |= measure("posix_pipe_round_trip", "\"bytes\": 1, \"processes\": 2",
                          bench_pipe_round_trip, false);
        failed |= echo_stop(echo);
    }
    failed |= measure("posix_pread_64k", "\"file\": \"tmpfs\", \"path\": \"shared buffer\"",
                      bench_read_64k, false);
    signal(SIGUSR1, bench_handler);
    failed |= measure("posix_signal_round_trip", "\"signal\": \"kill to itself\"",
                      bench_signal_round_trip, true);
    printf("]}\nBENCH-JSON-END\n");
    return failed ? 1 : 0;
}
