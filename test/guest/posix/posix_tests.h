/*
 * The POSIX server suite's tests (test/guest/posix), shared between its files.
 */
#ifndef POSIX_TESTS_H
#define POSIX_TESTS_H

#include <guest_test.h>

void test_errno_values(void);

/* attributes.c: file times, modes, owners, links, fsync. */
extern const struct guest_test attribute_tests[];
extern const unsigned attribute_test_count;

/* processes.c: posix_spawn, waitpid, kill. */
extern const struct guest_test process_tests[];
extern const unsigned process_test_count;

/* groups.c: process groups, sessions, the console's foreground group. */
extern const struct guest_test group_tests[];
extern const unsigned group_test_count;

/* pipes.c: pipe, pipe2 and blocking ends between processes. */
extern const struct guest_test pipe_tests[];
extern const unsigned pipe_test_count;

/* handoff.c: a read that waits on a pipe while the server keeps it (read_handoff). */
extern const struct guest_test handoff_tests[];
extern const unsigned handoff_test_count;

/* poll.c: poll(), select() and pselect(). */
extern const struct guest_test poll_tests[];
extern const unsigned poll_test_count;

/* shell.c: system(), popen() and pclose() through /bin/koito-sh. */
extern const struct guest_test shell_tests[];
extern const unsigned shell_test_count;
/* mmap.c: mmap() of files. */
extern const struct guest_test mmap_tests[];
extern const unsigned mmap_test_count;

/* at.c: the *at calls in KOITO's tree, and the limits sysconf() reports. */
extern const struct guest_test at_tests[];
extern const unsigned at_test_count;

/* proc.c: /proc, given the program's arguments first. */
void proc_tests_arguments(int argc, char **argv);
extern const struct guest_test proc_tests[];
extern const unsigned proc_test_count;

#endif
