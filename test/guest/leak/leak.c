/*
 * The leak check (test/guest/leak; issue 14 item 6): a thousand runs of a child that opens,
 * writes and leaves files in /tmp, makes a pipe and starts a grandchild, ending in four ways
 * (leak_child.c: clean exit, exit with everything open, killed by the driver, a fault). Before
 * and after, with the files the runs leave removed, it reads
 *   - the POSIX server's use: its heap's bytes in use, its ULMM session's charge, its process
 *     records (the usage request);
 *   - ULMM's: the general memory it has not handed out (the memory request);
 *   - its own session's charge and quota (the quota request; each child's quota is paid from it);
 * and every figure must be exactly what it was. A few runs of each kind come first, and many
 * runs alive at once, so the first use of each code path (malloc's arenas, the shared buffers
 * that process records keep for their next processes) is paid before the figures are taken.
 */
#include <fcntl.h>
#include <guest_test.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <koito/slots.h>
#include <ulmm/ulmmi.h>

#define RUNS          1000
#define WARM_UP       8
/* Runs alive at once during the warm-up (each child is paid from the driver's quota): more than
 * ever overlap in the measured runs. */
#define WARM_TOGETHER 6
/* How often the driver yields, at most, for the last runs' grandchildren to end. */
#define SETTLE_MAX    1000

struct figures {
    uint64_t server_heap, server_session, server_records;
    uint64_t system_free;
    uint64_t own_used, own_quota;
};

static unsigned runs_failed;

static void leak_clean_tmp(void)
{
    char name[32];
    for (int i = 0; i < 7; i++) {
        snprintf(name, sizeof name, "/tmp/leak-%d", i);
        unlink(name);
    }
    unlink("/tmp/leak-shared");
}

static int leak_figures(struct figures *f)
{
    uint64_t total = 0, quota = 0;
    memset(f, 0, sizeof *f);
    return koito_posix_usage(koito_slot(KOITO_SLOT_OS), &f->server_heap, &f->server_session,
                             &f->server_records) == KOITO_POSIX_OK &&
           koito_ulmmi_memory(koito_slot(KOITO_SLOT_MEMORY), &total, &f->system_free) ==
               KOITO_ULMMI_OK &&
           koito_ulmmi_quota(koito_slot(KOITO_SLOT_MEMORY), &quota, &f->own_used, NULL) ==
               KOITO_ULMMI_OK &&
           (f->own_quota = quota, 1);
}

/* A run of the child under way: its process and the ends of its pipes the driver keeps. */
struct leak_child {
    pid_t pid;
    int in, out;
};

/* Start run k (a child of kind k % 4); false (after saying why) if it could not start. */
static int leak_start(int k, struct leak_child *c)
{
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0)
        return 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    char number[16];
    snprintf(number, sizeof number, "%d", k);
    char *argv[] = {"leak-child", number, NULL};
    char *envp[] = {NULL};
    int error = posix_spawn(&c->pid, "/bin/leak-child", &actions, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    c->in = in[1];
    c->out = out[0];
    if (error != 0) {
        printf("# run %d: posix_spawn: %s\n", k, strerror(error));
        close(c->in);
        close(c->out);
        return 0;
    }
    if (k % 4 == 2) {
        char ready[8];
        if (read(c->out, ready, sizeof ready) != 5)
            printf("# run %d: the child was not ready to be killed\n", k);
    }
    return 1;
}

/* End run k: kill a child of kind 2, collect it; false (after saying why) if it did not end as
 * its kind says. */
static int leak_finish(int k, const struct leak_child *c)
{
    if (k % 4 == 2 && kill(c->pid, SIGKILL) != 0)
        printf("# run %d: the child could not be killed\n", k);
    close(c->in);
    int status = 0;
    pid_t waited = waitpid(c->pid, &status, 0);
    close(c->out);
    int expected = k % 4 == 0   ? WIFEXITED(status) && WEXITSTATUS(status) == 0
                   : k % 4 == 1 ? WIFEXITED(status) && WEXITSTATUS(status) == 3
                   : k % 4 == 2 ? WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL
                                : WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
    if (waited != c->pid || !expected) {
        printf("# run %d: ended with wait status %#x\n", k, status);
        return 0;
    }
    return 1;
}

static int leak_run(int k)
{
    struct leak_child c;
    return leak_start(k, &c) && leak_finish(k, &c);
}

/* WARM_TOGETHER runs of kind 2 alive at once (each child and its grandchild wait on a pipe):
 * the records they take get their shared buffers (a process's first wait on a pipe sets its
 * buffer up, for the read hand-off), so the runs measured afterwards find them made however
 * many of those runs overlap. */
static void leak_warm_together(void)
{
    struct leak_child children[WARM_TOGETHER];
    for (int i = 0; i < WARM_TOGETHER; i++)
        GUEST_CHECK(leak_start(2, &children[i]));
    for (int i = 0; i < WARM_TOGETHER; i++)
        GUEST_CHECK(leak_finish(2, &children[i]));
}

/* Take the figures once the grandchildren of the last runs have ended: the server's records
 * say so (they are released when a process has ended and nobody can wait for it any more). */
static int leak_settled(struct figures *f, uint64_t records)
{
    for (int i = 0; i < SETTLE_MAX; i++) {
        leak_clean_tmp();
        if (!leak_figures(f))
            return 0;
        if (f->server_records <= records)
            return 1;
        sched_yield();
    }
    return 1;
}

static void leak_compare(const char *what, uint64_t before, uint64_t after)
{
    if (before != after)
        printf("# %s: %llu before, %llu after (%+lld)\n", what, (unsigned long long)before,
               (unsigned long long)after, (long long)(after - before));
    GUEST_CHECK_EQ(after, before);
}

static void test_thousand_runs_leak_nothing(void)
{
    for (int k = 0; k < WARM_UP; k++)
        GUEST_CHECK(leak_run(k));
    leak_warm_together();
    struct figures before, after;
    GUEST_CHECK(leak_settled(&before, 1));
    GUEST_CHECK_EQ(before.server_records, 1); /* the driver's own */
    for (int k = 0; k < RUNS; k++)
        runs_failed += !leak_run(k);
    GUEST_CHECK_EQ(runs_failed, 0);
    GUEST_CHECK(leak_settled(&after, before.server_records));
    printf("# server heap %llu bytes, session %llu bytes, %llu records; ULMM free %llu bytes; "
           "driver session %llu of %llu bytes\n",
           (unsigned long long)after.server_heap, (unsigned long long)after.server_session,
           (unsigned long long)after.server_records, (unsigned long long)after.system_free,
           (unsigned long long)after.own_used, (unsigned long long)after.own_quota);
    leak_compare("server heap", before.server_heap, after.server_heap);
    leak_compare("server session", before.server_session, after.server_session);
    leak_compare("server records", before.server_records, after.server_records);
    leak_compare("ULMM free memory", before.system_free, after.system_free);
    leak_compare("driver session use", before.own_used, after.own_used);
    leak_compare("driver quota", before.own_quota, after.own_quota);
}

/* The usage request answers with figures that make sense: a heap in use, within the session's
 * charge, and the driver's own record. */
static void test_usage_answers(void)
{
    uint64_t heap = 0, session = 0, records = 0;
    GUEST_CHECK_EQ(koito_posix_usage(koito_slot(KOITO_SLOT_OS), &heap, &session, &records),
                   KOITO_POSIX_OK);
    GUEST_CHECK(heap > 0 && session >= heap && records >= 1);
}

static const struct guest_test tests[] = {
    {"usage_answers", test_usage_answers},
    {"thousand_runs_leak_nothing", test_thousand_runs_leak_nothing},
};

int main(void)
{
    return guest_test_run("posix-leak", tests, sizeof tests / sizeof tests[0]);
}
