/*
 * Background jobs of koito-sh (userland, shell): pipelines started with `&`,
 * numbered from 1, reaped with waitpid. `jobs` lists them, `wait` waits for
 * them; an interactive shell reports the finished ones before each prompt.
 */
#ifndef KOITO_SH_JOBS_H
#define KOITO_SH_JOBS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Takes a copy of pids and text; returns the job's number. */
int jobs_add(const pid_t *pids, size_t count, const char *text);

/* Collects finished processes without blocking; with report, prints
 * "[n] Done text" for each job that ended and forgets it. */
void jobs_reap(bool report);

/* `jobs`: prints every job, running or done-but-unreported. */
void jobs_print(void);

/* Waits for every job; returns the status of the last to finish (0 if none). */
int jobs_wait_all(void);

/* Waits for the job that is "%n" or that contains pid; returns its status,
 * or 127 after an error message when there is no such job. */
int jobs_wait_one(const char *specifier);

/* Decodes a waitpid status: the exit status, or 128 + the signal number. */
int jobs_status(int wait_status);

#endif
