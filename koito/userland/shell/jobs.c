/* Background jobs of koito-sh (userland, shell): see jobs.h. */
#include "jobs.h"

#include "job_control.h"
#include "memory.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

struct job {
    int number;
    pid_t *pids;
    bool *finished;
    size_t count;
    int status; /* of the last process of the pipeline, once it ended */
    char *text;
};

static struct job *jobs;
static size_t job_count, job_capacity;

int jobs_status(int wait_status)
{
    if (WIFEXITED(wait_status))
        return WEXITSTATUS(wait_status);
    if (WIFSIGNALED(wait_status))
        return 128 + WTERMSIG(wait_status);
    return 1;
}

int jobs_add(const pid_t *pids, size_t count, const char *text)
{
    int number = job_count ? jobs[job_count - 1].number + 1 : 1;
    struct job job = {
        .number = number,
        .pids = memory_alloc(count * sizeof *pids),
        .finished = memory_alloc(count * sizeof(bool)),
        .count = count,
        .text = memory_strdup(text),
    };
    memcpy(job.pids, pids, count * sizeof *pids);
    memset(job.finished, 0, count * sizeof(bool));
    MEMORY_PUSH(jobs, job_count, job_capacity, job);
    return number;
}

static bool jobs_done(const struct job *job)
{
    for (size_t i = 0; i < job->count; i++)
        if (!job->finished[i])
            return false;
    return true;
}

/* Records that pid ended with wait_status, in whichever job holds it. */
static void jobs_record(pid_t pid, int wait_status)
{
    for (size_t j = 0; j < job_count; j++)
        for (size_t i = 0; i < jobs[j].count; i++)
            if (jobs[j].pids[i] == pid) {
                jobs[j].finished[i] = true;
                if (i == jobs[j].count - 1)
                    jobs[j].status = jobs_status(wait_status);
            }
}

static void jobs_remove(size_t index)
{
    free(jobs[index].pids);
    free(jobs[index].finished);
    free(jobs[index].text);
    memmove(&jobs[index], &jobs[index + 1], (job_count - index - 1) * sizeof *jobs);
    job_count--;
}

void jobs_reap(bool report)
{
    for (size_t j = 0; j < job_count; j++)
        for (size_t i = 0; i < jobs[j].count; i++) {
            int wait_status;
            if (!jobs[j].finished[i] && waitpid(jobs[j].pids[i], &wait_status, WNOHANG) > 0)
                jobs_record(jobs[j].pids[i], wait_status);
        }
    if (!report)
        return;
    for (size_t j = 0; j < job_count;) {
        if (jobs_done(&jobs[j])) {
            fprintf(stderr, "[%d] Done(%d) %s\n", jobs[j].number, jobs[j].status, jobs[j].text);
            jobs_remove(j);
        } else {
            j++;
        }
    }
}

void jobs_print(void)
{
    jobs_reap(false);
    for (size_t j = 0; j < job_count; j++) {
        if (jobs_done(&jobs[j]))
            printf("[%d] Done(%d) %s\n", jobs[j].number, jobs[j].status, jobs[j].text);
        else
            printf("[%d] Running %s\n", jobs[j].number, jobs[j].text);
    }
    for (size_t j = 0; j < job_count;) {
        if (jobs_done(&jobs[j]))
            jobs_remove(j);
        else
            j++;
    }
}

static int jobs_finish(size_t index)
{
    struct job *job = &jobs[index];
    for (size_t i = 0; i < job->count; i++) {
        int wait_status;
        if (job->finished[i])
            continue;
        pid_t pid;
        do
            pid = waitpid(job->pids[i], &wait_status, 0);
        while (pid < 0 && errno == EINTR);
        if (pid > 0)
            jobs_record(pid, wait_status);
        else
            job->finished[i] = true; /* already collected elsewhere */
    }
    int status = job->status;
    jobs_remove(index);
    return status;
}

int jobs_wait_all(void)
{
    int status = 0;
    while (job_count > 0)
        status = jobs_finish(0);
    return status;
}

/* The index of the job that is "%n", "%%" or "%+" (the newest), "%-" (the
 * one before it), or that contains pid; job_count if there is none. */
static size_t jobs_find(const char *specifier)
{
    if (job_count > 0 && (strcmp(specifier, "%%") == 0 || strcmp(specifier, "%+") == 0))
        return job_count - 1;
    if (job_count > 1 && strcmp(specifier, "%-") == 0)
        return job_count - 2;
    char *end;
    bool by_number = specifier[0] == '%';
    long value = strtol(specifier + by_number, &end, 10);
    if (*end != '\0' || end == specifier + by_number)
        return job_count;
    for (size_t j = 0; j < job_count; j++) {
        bool match = by_number && jobs[j].number == value;
        for (size_t i = 0; !by_number && i < jobs[j].count; i++)
            match |= jobs[j].pids[i] == (pid_t)value;
        if (match)
            return j;
    }
    return job_count;
}

int jobs_wait_one(const char *specifier)
{
    size_t index = jobs_find(specifier);
    if (index < job_count)
        return jobs_finish(index);
    fprintf(stderr, "koito-sh: wait: %s: no such job\n", specifier);
    return 127;
}

int jobs_foreground(const char *specifier)
{
    size_t index = specifier ? jobs_find(specifier) : job_count > 0 ? job_count - 1 : 0;
    if (index >= job_count) {
        fprintf(stderr, "koito-sh: fg: %s: no such job\n", specifier ? specifier : "%%");
        return 1;
    }
    printf("%s\n", jobs[index].text);
    fflush(stdout);
    /* The job's group is its first program's (job_control.h). */
    job_control_foreground(jobs[index].pids[0]);
    int status = jobs_finish(index);
    job_control_reclaim();
    return status;
}

const pid_t *jobs_processes(const char *specifier, size_t *count)
{
    size_t index = specifier[0] == '%' ? jobs_find(specifier) : job_count;
    if (index >= job_count)
        return NULL;
    *count = jobs[index].count;
    return jobs[index].pids;
}
