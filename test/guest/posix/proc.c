/*
 * The POSIX server suite's /proc tests (test/guest/posix): the directories follow the server's
 * processes (this program, started by the configuration, and the children it spawns), each
 * file's text, /proc/self, a child that ended and was waited for, that /proc is read-only, and
 * the processor times (a child's utime, the children's times after waitpid).
 */
#include "posix_tests.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <a9n/a9n.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <koito/slots.h>
#include <koito/spawn.h>

#define CHILD "/bin/proc-child"

static int suite_argc;
static char **suite_argv;

void proc_tests_arguments(int argc, char **argv)
{
    suite_argc = argc;
    suite_argv = argv;
}

/* Start CHILD with its argv (NULL-terminated) and file actions; its id, or -1. */
static pid_t proc_start(char *const argv[], const posix_spawn_file_actions_t *actions)
{
    pid_t pid = -1;
    int error = posix_spawn(&pid, CHILD, actions, NULL, argv, NULL);
    GUEST_CHECK_EQ(error, 0);
    return error == 0 ? pid : -1;
}

/* The text of /proc/<pid>/<file> (NUL-terminated); its length, or -errno. */
static long proc_read(long pid, const char *file, char *text, size_t capacity)
{
    char path[64];
    if (pid == 0)
        snprintf(path, sizeof path, "/proc/self/%s", file);
    else
        snprintf(path, sizeof path, "/proc/%ld/%s", pid, file);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -errno;
    ssize_t count = read(fd, text, capacity - 1);
    int error = errno;
    close(fd);
    if (count < 0)
        return -error;
    text[count] = '\0';
    return (long)count;
}

/* Whether /proc lists pid. */
static bool proc_lists(long pid)
{
    char name[24];
    snprintf(name, sizeof name, "%ld", pid);
    DIR *directory = opendir("/proc");
    GUEST_CHECK(directory != NULL);
    if (directory == NULL)
        return false;
    bool found = false;
    struct dirent *entry;
    while ((entry = readdir(directory)) != NULL)
        found = found || strcmp(entry->d_name, name) == 0;
    closedir(directory);
    return found;
}

static void test_self_cmdline_is_argv(void)
{
    char expected[512], text[600];
    size_t length = 0;
    for (int i = 0; i < suite_argc; i++) {
        size_t size = strlen(suite_argv[i]) + 1;
        GUEST_CHECK(size <= sizeof expected - length);
        memcpy(expected + length, suite_argv[i], size);
        length += size;
    }
    GUEST_CHECK(suite_argc > 0);
    GUEST_CHECK_EQ(proc_read(0, "cmdline", text, sizeof text), length);
    GUEST_CHECK(memcmp(text, expected, length) == 0);
    GUEST_CHECK_EQ(proc_read(getpid(), "cmdline", text, sizeof text), length);
    /* A spawned child's, arguments with blanks included. */
    char *argv[] = {"proc-child", "cmdline", "two words", "", "last", NULL};
    pid_t pid = proc_start(argv, NULL);
    int status = -1;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void test_configured_program_listed(void)
{
    char text[256];
    /* This program: the configuration started it ("files"), so its parent is 0. */
    GUEST_CHECK(proc_lists(getpid()));
    GUEST_CHECK(proc_read(0, "stat", text, sizeof text) > 0);
    char expected[64];
    snprintf(expected, sizeof expected, "%ld (files) R 0 %ld %ld ", (long)getpid(), (long)getpgrp(),
             (long)getsid(0));
    GUEST_CHECK(strncmp(text, expected, strlen(expected)) == 0);
    GUEST_CHECK(proc_read(0, "status", text, sizeof text) > 0);
    snprintf(expected, sizeof expected, "Name:\tfiles\nState:\tR (running)\nPid:\t%ld\nPPid:\t0\n",
             (long)getpid());
    GUEST_CHECK(strcmp(text, expected) == 0);
    struct stat status;
    GUEST_CHECK_EQ(stat("/proc/self", &status), 0);
    GUEST_CHECK(S_ISDIR(status.st_mode));
    GUEST_CHECK(proc_read(-1, "meminfo", text, sizeof text) == -ENOENT);
    int fd = open("/proc/meminfo", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    ssize_t count = read(fd, text, sizeof text - 1);
    close(fd);
    GUEST_CHECK(count > 0);
    text[count > 0 ? count : 0] = '\0';
    GUEST_CHECK(strncmp(text, "MemTotal:", 9) == 0);
    GUEST_CHECK(strstr(text, "\nMemFree:") != NULL);
}

static void test_child_comes_and_goes(void)
{
    char *argv[] = {"proc-child", "spin", NULL};
    pid_t pid = proc_start(argv, NULL);
    GUEST_CHECK(pid > 0);
    GUEST_CHECK(proc_lists(pid));
    char text[256], expected[64];
    GUEST_CHECK(proc_read(pid, "stat", text, sizeof text) > 0);
    snprintf(expected, sizeof expected, "%ld (proc-child) R %ld ", (long)pid, (long)getpid());
    GUEST_CHECK(strncmp(text, expected, strlen(expected)) == 0);
    GUEST_CHECK_EQ(proc_read(pid, "cmdline", text, sizeof text), 16);
    GUEST_CHECK(memcmp(text, "proc-child\0spin\0", 16) == 0);
    /* Open across its end: once it has been waited for, the file reads ESRCH. */
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    int fd = open(path, O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    /* Ended, not yet waited for: a zombie, with an empty command line. */
    for (int tries = 0; tries < 1000; tries++) {
        if (proc_read(pid, "stat", text, sizeof text) > 0 && strstr(text, ") Z ") != NULL)
            break;
        sched_yield();
    }
    GUEST_CHECK(strstr(text, ") Z ") != NULL);
    GUEST_CHECK_EQ(proc_read(pid, "cmdline", text, sizeof text), 0);
    int status = 0;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
    GUEST_CHECK(!proc_lists(pid));
    GUEST_CHECK_EQ(proc_read(pid, "stat", text, sizeof text), -ENOENT);
    GUEST_CHECK_EQ(proc_read(pid, "cmdline", text, sizeof text), -ENOENT);
    struct stat info;
    GUEST_CHECK_EQ(stat(path, &info), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    errno = 0;
    GUEST_CHECK_EQ(read(fd, text, sizeof text), -1);
    GUEST_CHECK_EQ(errno, ESRCH);
    GUEST_CHECK_EQ(close(fd), 0);
}

static void test_sleeping_child(void)
{
    /* A child reading an empty pipe waits on it: 'S'. */
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[0], 0);
    posix_spawn_file_actions_addclose(&actions, ends[0]);
    posix_spawn_file_actions_addclose(&actions, ends[1]);
    char *argv[] = {"proc-child", "echo", NULL};
    pid_t pid = proc_start(argv, &actions);
    posix_spawn_file_actions_destroy(&actions);
    close(ends[0]);
    char text[256];
    for (int tries = 0; tries < 1000; tries++) {
        if (proc_read(pid, "stat", text, sizeof text) > 0 && strstr(text, ") S ") != NULL)
            break;
        sched_yield();
    }
    GUEST_CHECK(strstr(text, ") S ") != NULL);
    GUEST_CHECK(proc_read(pid, "status", text, sizeof text) > 0);
    GUEST_CHECK(strstr(text, "State:\tS (sleeping)\n") != NULL);
    close(ends[1]); /* end of file: it ends */
    int status = -1;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* The records the server keeps, 0 if it does not say. */
static uint64_t proc_records(void)
{
    uint64_t heap = 0, session = 0, records = 0;
    GUEST_CHECK_EQ(koito_posix_usage(koito_slot(KOITO_SLOT_OS), &heap, &session, &records),
                   KOITO_POSIX_OK);
    return records;
}

/* "child" is a configured program (started on request through the spawn grant, not by
 * posix_spawn): its record goes as soon as it ends, since nobody can wait for it through POSIX. */
static void test_configured_program_released(void)
{
    uint64_t before = proc_records();
    uint32_t pid = 0;
    struct koito_exit exit = {.killed = true};
    GUEST_CHECK_EQ(koito_spawn("child", &pid), A9N_OK);
    GUEST_CHECK_EQ(koito_spawn_wait(pid, &exit), A9N_OK);
    GUEST_CHECK(!exit.killed && exit.value == 0);
    /* Init told the server before it told this program; the server may not have read it yet. */
    uint64_t after = proc_records();
    for (int tries = 0; tries < 1000 && after != before; tries++) {
        sched_yield();
        after = proc_records();
    }
    GUEST_CHECK_EQ(after, before);
    GUEST_CHECK(!proc_lists((long)pid));
}

/* stat's pgrp and session fields: a child in a group of its own (POSIX_SPAWN_SETPGROUP) shows
 * that group and its parent's session; its group changes (setpgid) show at once. */
static void test_stat_group_and_session(void)
{
    posix_spawnattr_t attributes;
    GUEST_CHECK_EQ(posix_spawnattr_init(&attributes), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP), 0);
    GUEST_CHECK_EQ(posix_spawnattr_setpgroup(&attributes, 0), 0);
    char *argv[] = {"proc-child", "spin", NULL};
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, NULL, &attributes, argv, NULL), 0);
    posix_spawnattr_destroy(&attributes);
    char text[256], expected[96];
    GUEST_CHECK(proc_read(pid, "stat", text, sizeof text) > 0);
    snprintf(expected, sizeof expected, "%ld (proc-child) R %ld %ld %ld ", (long)pid,
             (long)getpid(), (long)pid, (long)getsid(0));
    GUEST_CHECK(strncmp(text, expected, strlen(expected)) == 0);
    GUEST_CHECK_EQ(setpgid(pid, getpgrp()), 0);
    GUEST_CHECK(proc_read(pid, "stat", text, sizeof text) > 0);
    snprintf(expected, sizeof expected, "%ld (proc-child) R %ld %ld %ld ", (long)pid,
             (long)getpid(), (long)getpgrp(), (long)getsid(0));
    GUEST_CHECK(strncmp(text, expected, strlen(expected)) == 0);
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    int status = 0;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
}

static void test_read_only(void)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)getpid());
    GUEST_CHECK_EQ(open(path, O_WRONLY), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(open("/proc/self/cmdline", O_RDWR), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(open("/proc/new", O_WRONLY | O_CREAT, 0644), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(mkdir("/proc/directory", 0755), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(unlink(path), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(rmdir("/proc/self"), -1);
    GUEST_CHECK(errno == EROFS || errno == EBUSY);
    GUEST_CHECK_EQ(open("/proc/999999/stat", O_RDONLY), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
}

/* Field `index` (1-based, Linux's numbering: 14 utime, 16 cutime) of /proc/<pid>/stat, or -1. */
static long long proc_stat_field(long pid, unsigned index)
{
    char text[512];
    if (proc_read(pid, "stat", text, sizeof text) <= 0)
        return -1;
    const char *field = strrchr(text, ')'); /* the name may hold blanks: count after it */
    if (field == NULL)
        return -1;
    for (unsigned i = 2; i < index; i++) {
        field = strchr(field + 1, ' ');
        if (field == NULL)
            return -1;
    }
    return strtoll(field + 1, NULL, 10);
}

/* A busy child's utime grows while it runs; once it has been waited for, its time is its
 * parent's children's time: in getrusage(RUSAGE_CHILDREN), times() and /proc's cutime. */
static void test_processor_times(void)
{
    char *spin_argv[] = {"proc-child", "spin", NULL};
    pid_t pid = proc_start(spin_argv, NULL);
    GUEST_CHECK(pid > 0);
    long long utime = 0;
    for (unsigned i = 0; i < 2000 && utime <= 0; i++) {
        sched_yield();
        utime = proc_stat_field(pid, 14);
    }
    GUEST_CHECK(utime > 0);
    GUEST_CHECK_EQ(proc_stat_field(pid, 15), 0); /* stime: not split from utime */
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    int status = -1;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);

    struct rusage before;
    GUEST_CHECK_EQ(getrusage(RUSAGE_CHILDREN, &before), 0);
    struct tms tms_before;
    GUEST_CHECK(times(&tms_before) != (clock_t)-1);
    long long cutime_before = proc_stat_field(0, 16);
    /* The killed child's time counts too. */
    GUEST_CHECK(cutime_before >= utime);
    GUEST_CHECK(tms_before.tms_cutime >= utime);
    char *burn_argv[] = {"proc-child", "burn", "150", NULL};
    pid = proc_start(burn_argv, NULL);
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    struct rusage after;
    GUEST_CHECK_EQ(getrusage(RUSAGE_CHILDREN, &after), 0);
    long long grown = (after.ru_utime.tv_sec - before.ru_utime.tv_sec) * 1000000ll +
                      (after.ru_utime.tv_usec - before.ru_utime.tv_usec);
    GUEST_CHECK(grown >= 75000); /* microseconds: at least half of the 150 ms it ran */
    GUEST_CHECK(after.ru_stime.tv_sec == 0 && after.ru_stime.tv_usec == 0);
    struct tms tms_after;
    GUEST_CHECK(times(&tms_after) != (clock_t)-1);
    GUEST_CHECK(tms_after.tms_cutime - tms_before.tms_cutime >= 7);
    GUEST_CHECK(proc_stat_field(0, 16) - cutime_before >= 7);
    GUEST_CHECK_EQ(proc_stat_field(0, 17), 0); /* cstime */
    /* Its own time is the process's, not the children's. */
    struct rusage self;
    GUEST_CHECK_EQ(getrusage(RUSAGE_SELF, &self), 0);
    GUEST_CHECK(self.ru_utime.tv_sec > 0 || self.ru_utime.tv_usec > 0);
}

/* ps's TIME column (utime + stime of /proc/<pid>/stat) for a child that ran over a second. */
static void test_ps_time(void)
{
    char *burn_argv[] = {"proc-child", "burn", "60000", NULL};
    pid_t pid = proc_start(burn_argv, NULL);
    GUEST_CHECK(pid > 0);
    long long utime = 0;
    while (utime >= 0 && utime < 110) { /* clock ticks: 1.1 s */
        struct timespec pause = {0, 50000000};
        nanosleep(&pause, NULL);
        utime = proc_stat_field(pid, 14);
    }
    GUEST_CHECK(utime >= 110);
    FILE *ps = popen("ps -e -o pid,time,comm", "r");
    GUEST_CHECK(ps != NULL);
    char line[256], expected[64];
    snprintf(expected, sizeof expected, "%5ld ", (long)pid);
    bool found = false;
    while (ps != NULL && fgets(line, sizeof line, ps) != NULL) {
        if (strncmp(line, expected, strlen(expected)) != 0)
            continue;
        found = true;
        /* PID, then TIME right-aligned in 8 columns: at least a second, at most the minute. */
        GUEST_CHECK(strncmp(line + strlen(expected), "00:00:", 6) == 0);
        GUEST_CHECK(strncmp(line + strlen(expected), "00:00:00", 8) != 0);
        GUEST_CHECK(strstr(line, "proc-child") != NULL);
    }
    GUEST_CHECK(ps != NULL && pclose(ps) == 0);
    GUEST_CHECK(found);
    GUEST_CHECK_EQ(kill(pid, SIGKILL), 0);
    int status = -1;
    GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
}

const struct guest_test proc_tests[] = {
    {"/proc/self/cmdline is argv (this program's and a child's)", test_self_cmdline_is_argv},
    {"the configured program, /proc/self and /proc/meminfo", test_configured_program_listed},
    {"a child appears, turns zombie, and goes when waited for", test_child_comes_and_goes},
    {"a child waiting on a pipe sleeps", test_sleeping_child},
    {"stat shows the process group and session", test_stat_group_and_session},
    {"a configured program's record goes when it ends", test_configured_program_released},
    {"/proc is read-only", test_read_only},
    {"processor times: a child's utime, children's times after waitpid", test_processor_times},
    {"ps shows a busy child's TIME", test_ps_time},
};
const unsigned proc_test_count = sizeof proc_tests / sizeof proc_tests[0];
