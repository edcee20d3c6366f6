/*
 * Job control of an interactive koito-sh (userland, shell): each job (a
 * pipeline, or one command) runs in a process group of its own, led by its
 * first program; the foreground job gets the terminal (tcsetpgrp), so ^C
 * and ^\ typed while it runs signal it and nothing else, and the shell takes
 * the terminal back when the job is done. Background jobs keep their groups
 * and never get the terminal, so a ^C of the foreground job leaves them
 * running. There is no ^Z: nothing stops (no SIGTSTP).
 *
 * Job control is on only in an interactive shell that could take the
 * terminal at start; otherwise every call here changes nothing.
 */
#ifndef KOITO_SH_JOB_CONTROL_H
#define KOITO_SH_JOB_CONTROL_H

#include <spawn.h>
#include <stdbool.h>
#include <sys/types.h>

/* At the start of an interactive shell: ignore SIGTTOU, lead a process group
 * of its own and make it the terminal's foreground group; job control is on
 * if that worked. */
void job_control_start(void);

/* Puts the program spawned with attributes into the job's group: group 0
 * makes a new one, led by the program (the job's first). */
void job_control_join(posix_spawnattr_t *attributes, short *flags, pid_t group);

/* Gives the terminal to the job's group. */
void job_control_foreground(pid_t group);

/* Takes the terminal back for the shell's own group. */
void job_control_reclaim(void);

#endif
