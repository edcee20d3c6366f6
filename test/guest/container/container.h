/*
 * The container suite (test/guest/container): what its two trees share. Tree A (tree_a.c, the
 * init program) is served by the first POSIX server, tree B (tree_b.c) by a second one whose
 * root is the initrd's /containers/b. They meet only through the IPC port both are granted as
 * "link", never through POSIX:
 *   1. A calls with LINK_WORDS_A (its pid, its live worker's pid); B answers at once;
 *   2. B runs its tests, then calls with LINK_WORDS_B (its pid, its failures); A answers at once.
 */
#ifndef CONTAINER_H
#define CONTAINER_H

#include <spawn.h>
#include <sys/types.h>

#define LINK_NAME   "link"
#define WORKER      "/bin/worker"
#define SECRET      "/tmp/secret"
#define SECRET_OF_A "tree A's secret\n"
#define SECRET_OF_B "tree B's own file\n"

/* container_common.c: start the worker with argv {worker, what, argument} (argument may be
 * NULL), its descriptor 0 and 1 on the given pipe ends (-1: inherited); 0 or the error. */
int container_spawn(pid_t *pid, const char *what, const char *argument, int in, int out);
/* Send text through a live echo worker and read it back; true if it came back whole. */
int container_echo(int to_worker, int from_worker, const char *text);
/* Wait for pid; its wait status, or -1. */
int container_wait(pid_t pid);

#endif
