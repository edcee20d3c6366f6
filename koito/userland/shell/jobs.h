/*
 * Background jobs of koito-sh (userland, shell): pipelines started with `&`,
 * numbered from 1, reaped with waitpid. `jobs` lists them, `wait` and `fg`
 * wait for them, `kill %n` signals them; an interactive shell reports the
 * finished ones before each prompt. A job is named "%n", "%%" or "%+" (the
 * newest), "%-" (the one before) or, for wait, by one of its pids.
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

/* Waits for the job specifier names; returns its status,
 * or 127 after an error message when there is no such job. */
int jobs_wait_one(const char *specifier);

/* `fg`: prints the text of the job specifier names (NULL: the newest), then
 * waits for it; its status, or 1 after an error message when there is none.
 * There are no stopped jobs (no SIGTSTP): fg gives a running one the terminal
 * (job_control.h) and waits. */
int jobs_foreground(const char *specifier);

/* The processes of the job "%..." names (count of them), or NULL when
 * specifier does not start with '%' or names no job. */
const pid_t *jobs_processes(const char *specifier, size_t *count);

/* Decodes a waitpid status: the exit status, or 128 + the signal number. */
int jobs_status(int wait_status);

#endif
