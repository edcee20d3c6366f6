/*
 * Running commands in koito-sh (userland, shell): see exec.h.
 *
 * A pipeline runs in three steps: (1) every command is expanded and its
 * redirection files opened, in order, by the shell itself, so errors name
 * the file and leave nothing half-started; (2) the programs are spawned with
 * their pipe ends and files placed by spawn file actions; (3) the builtins
 * run in the shell, their descriptors swapped in and restored around them,
 * after the programs that read their output have started. With job control
 * (job_control.h) the programs of a pipeline share one process group, which
 * has the terminal while the shell waits for a foreground pipeline. Every descriptor
 * the shell opens is close-on-exec, so programs inherit only 0, 1, 2 and
 * what the redirections name.
 */
#include "exec.h"

#include "builtins.h"
#include "expand.h"
#include "job_control.h"
#include "jobs.h"
#include "memory.h"
#include "shell.h"
#include "variables.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* One descriptor placement: target becomes a copy of source, or is closed. */
struct placement {
    int target;
    int source; /* -1: close target */
    bool owned; /* source was opened for this command: close it afterwards */
};

struct prepared {
    struct fields arguments;
    char **assignments; /* expanded "NAME=value" */
    size_t assignment_count;
    struct placement *placements;
    size_t placement_count, placement_capacity;
    builtin_function builtin;
    pid_t pid;  /* a spawned program, or 0 */
    int status; /* a builtin's, or a failure's */
    bool ran;   /* status is final (builtin, failure); else wait for pid */
};

static int exec_cloexec(int fd)
{
    if (fd >= 0)
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    return fd;
}

static void exec_place(struct prepared *prepared, int target, int source, bool owned)
{
    struct placement placement = {target, source, owned};
    MEMORY_PUSH(prepared->placements, prepared->placement_count, prepared->placement_capacity,
                placement);
}

/* Opens the redirection's file, or checks its descriptor; adds the placement. */
static bool exec_redirect(struct prepared *prepared, const struct redirect *redirect)
{
    char *target = expand_string(redirect->target);
    if (!target)
        return false;
    if (redirect->kind == REDIRECT_DUP_OUTPUT || redirect->kind == REDIRECT_DUP_INPUT) {
        if (strcmp(target, "-") == 0) {
            exec_place(prepared, redirect->fd, -1, false);
        } else {
            int source = atoi(target);
            bool placed_before = false;
            for (size_t i = 0; i < prepared->placement_count; i++)
                placed_before |= prepared->placements[i].target == source;
            if (!placed_before && fcntl(source, F_GETFD) < 0) {
                fprintf(stderr, "koito-sh: %s: bad descriptor number\n", target);
                free(target);
                return false;
            }
            exec_place(prepared, redirect->fd, source, false);
        }
        free(target);
        return true;
    }
    int flags = redirect->kind == REDIRECT_INPUT    ? O_RDONLY
                : redirect->kind == REDIRECT_APPEND ? O_WRONLY | O_CREAT | O_APPEND
                                                    : O_WRONLY | O_CREAT | O_TRUNC;
    int fd = exec_cloexec(open(target, flags | O_CLOEXEC, 0666));
    if (fd < 0) {
        fprintf(stderr, "koito-sh: cannot %s %s: %s\n",
                redirect->kind == REDIRECT_INPUT ? "open" : "create", target, strerror(errno));
        free(target);
        return false;
    }
    free(target);
    exec_place(prepared, redirect->fd, fd, true);
    return true;
}

/* Step 1 for one command; on failure its status is final (2, as dash). */
static void exec_prepare(struct prepared *prepared, const struct command *command, int input,
                         int output)
{
    if (input >= 0)
        exec_place(prepared, 0, input, false);
    if (output >= 0)
        exec_place(prepared, 1, output, false);
    prepared->assignments = memory_alloc((command->assignment_count + 1) * sizeof(char *));
    for (size_t i = 0; i < command->assignment_count; i++) {
        char *value = expand_string(command->assignments[i]);
        if (!value)
            goto failed;
        prepared->assignments[prepared->assignment_count++] = value;
    }
    for (size_t i = 0; i < command->word_count; i++)
        if (!expand_fields(command->words[i], &prepared->arguments))
            goto failed;
    for (size_t i = 0; i < command->redirect_count; i++)
        if (!exec_redirect(prepared, &command->redirects[i]))
            goto failed;
    MEMORY_PUSH(prepared->arguments.items, prepared->arguments.count, prepared->arguments.capacity,
                NULL);
    prepared->arguments.count--;
    if (prepared->arguments.count > 0)
        prepared->builtin = builtins_find(prepared->arguments.items[0]);
    return;
failed:
    prepared->status = 2;
    prepared->ran = true;
}

static void exec_release(struct prepared *prepared)
{
    for (size_t i = 0; i < prepared->placement_count; i++)
        if (prepared->placements[i].owned)
            close(prepared->placements[i].source);
    free(prepared->placements);
    for (size_t i = 0; i < prepared->assignment_count; i++)
        free(prepared->assignments[i]);
    free(prepared->assignments);
    /* The NULL terminator was pushed past count: count it to free the array. */
    expand_free_fields(&prepared->arguments);
}

static void exec_trace(const struct prepared *prepared)
{
    if (!shell.xtrace)
        return;
    fputc('+', stderr);
    for (size_t i = 0; i < prepared->assignment_count; i++)
        fprintf(stderr, " %s", prepared->assignments[i]);
    for (size_t i = 0; i < prepared->arguments.count; i++)
        fprintf(stderr, " %s", prepared->arguments.items[i]);
    fputc('\n', stderr);
}

/* The program's path: name itself when it holds a '/', else the first
 * executable regular file called name in a PATH directory. */
static char *exec_find(const char *name)
{
    if (strchr(name, '/'))
        return memory_strdup(name);
    const char *path = variables_get("PATH");
    if (!path)
        path = "/bin:/usr/bin";
    size_t name_length = strlen(name);
    for (const char *start = path;;) {
        const char *end = strchr(start, ':');
        size_t length = end ? (size_t)(end - start) : strlen(start);
        char *candidate = memory_alloc(length + name_length + 3);
        if (length == 0)
            snprintf(candidate, length + name_length + 3, "./%s", name);
        else
            snprintf(candidate, length + name_length + 3, "%.*s/%s", (int)length, start, name);
        struct stat status;
        if (stat(candidate, &status) == 0 && S_ISREG(status.st_mode) &&
            access(candidate, X_OK) == 0)
            return candidate;
        free(candidate);
        if (!end)
            return NULL;
        start = end + 1;
    }
}

/* Step 2: spawns a program with its placements as spawn file actions, into the job's process
 * group (*group; 0: the program is the job's first and its group the job's, which a foreground
 * job gives the terminal at once). */
static void exec_spawn(struct prepared *prepared, pid_t *group, bool foreground)
{
    const char *name = prepared->arguments.items[0];
    char *path = exec_find(name);
    if (!path) {
        fprintf(stderr, "koito-sh: %s: not found\n", name);
        prepared->status = 127;
        prepared->ran = true;
        return;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (size_t i = 0; i < prepared->placement_count; i++) {
        const struct placement *placement = &prepared->placements[i];
        if (placement->source < 0)
            posix_spawn_file_actions_addclose(&actions, placement->target);
        else
            posix_spawn_file_actions_adddup2(&actions, placement->source, placement->target);
    }
    /* The interactive shell ignores SIGINT, SIGQUIT and SIGTTOU; its programs must not. */
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    sigaddset(&defaults, SIGTTOU);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    short flags = POSIX_SPAWN_SETSIGDEF;
    job_control_join(&attributes, &flags, *group);
    posix_spawnattr_setflags(&attributes, flags);
    char **environment = variables_environment(prepared->assignments, prepared->assignment_count);
    fflush(stdout);
    int error = posix_spawn(&prepared->pid, path, &actions, &attributes, prepared->arguments.items,
                            environment);
    variables_free_environment(environment);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        fprintf(stderr, "koito-sh: %s: %s\n", path, strerror(error));
        prepared->pid = 0;
        prepared->status = error == ENOENT ? 127 : 126;
        prepared->ran = true;
    } else if (*group == 0) {
        *group = prepared->pid;
        if (foreground)
            job_control_foreground(*group);
    }
    free(path);
}

/* Step 3: a builtin (or an assignment-only command) inside the shell. */
static void exec_in_shell(struct prepared *prepared)
{
    fflush(stdout);
    int saved[prepared->placement_count + 1];
    bool ok = true;
    for (size_t i = 0; i < prepared->placement_count; i++) {
        const struct placement *placement = &prepared->placements[i];
        saved[i] = exec_cloexec(fcntl(placement->target, F_DUPFD, 10));
        if (placement->source < 0)
            close(placement->target);
        else if (dup2(placement->source, placement->target) < 0)
            ok = false;
    }
    if (!ok) {
        fprintf(stderr, "koito-sh: redirection failed: %s\n", strerror(errno));
        prepared->status = 2;
    } else if (prepared->builtin) {
        prepared->status =
            prepared->builtin((int)prepared->arguments.count, prepared->arguments.items);
    } else {
        for (size_t i = 0; i < prepared->assignment_count; i++) {
            char *assignment = prepared->assignments[i];
            char *equals = strchr(assignment, '=');
            *equals = '\0';
            variables_set(assignment, equals + 1);
            *equals = '=';
        }
        prepared->status = 0;
    }
    /* Output the builtin could not write is its failure, as in dash. */
    if ((fflush(stdout) != 0 || ferror(stdout)) && prepared->status == 0) {
        fprintf(stderr, "koito-sh: %s: write error: %s\n",
                prepared->builtin ? prepared->arguments.items[0] : "assignment", strerror(errno));
        prepared->status = 1;
    }
    clearerr(stdout);
    for (size_t i = prepared->placement_count; i-- > 0;) {
        int target = prepared->placements[i].target;
        if (saved[i] >= 0) {
            dup2(saved[i], target);
            close(saved[i]);
        } else {
            close(target);
        }
    }
    prepared->ran = true;
}

static int exec_wait(pid_t pid)
{
    int wait_status;
    pid_t result;
    do
        result = waitpid(pid, &wait_status, 0);
    while (result < 0 && errno == EINTR);
    return result < 0 ? 127 : jobs_status(wait_status);
}

static int exec_pipeline(const struct pipeline *pipeline, bool background, const char *text)
{
    size_t count = pipeline->count;
    struct prepared *commands = memory_alloc(count * sizeof *commands);
    int(*pipes)[2] = memory_alloc(count * sizeof *pipes);
    memset(commands, 0, count * sizeof *commands);
    /* Without its pipes the pipeline does not run at all: its commands would
     * otherwise read the terminal and write to it, and wait there forever. */
    for (size_t i = 0; i + 1 < count; i++) {
        if (pipe(pipes[i]) != 0) {
            fprintf(stderr, "koito-sh: cannot run the pipeline: pipe: %s\n", strerror(errno));
            while (i-- > 0) {
                close(pipes[i][0]);
                close(pipes[i][1]);
            }
            free(pipes);
            free(commands);
            return 2;
        }
        exec_cloexec(pipes[i][0]);
        exec_cloexec(pipes[i][1]);
    }
    for (size_t i = 0; i < count; i++) {
        exec_prepare(&commands[i], &pipeline->commands[i], i > 0 ? pipes[i - 1][0] : -1,
                     i + 1 < count ? pipes[i][1] : -1);
        if (!commands[i].ran)
            exec_trace(&commands[i]);
    }
    pid_t group = 0;
    for (size_t i = 0; i < count; i++)
        if (!commands[i].ran && commands[i].arguments.count > 0 && !commands[i].builtin)
            exec_spawn(&commands[i], &group, !background);
    for (size_t i = 0; i < count; i++) {
        if (!commands[i].ran && !commands[i].pid)
            exec_in_shell(&commands[i]);
        /* Its pipe ends are the shell's to close now: readers then see EOF. */
        if (i > 0)
            close(pipes[i - 1][0]);
        if (i + 1 < count)
            close(pipes[i][1]);
    }
    pid_t *pids = memory_alloc(count * sizeof *pids);
    size_t pid_count = 0;
    for (size_t i = 0; i < count; i++)
        if (commands[i].pid)
            pids[pid_count++] = commands[i].pid;
    int status = commands[count - 1].status;
    if (background) {
        if (pid_count > 0) {
            int number = jobs_add(pids, pid_count, text);
            shell.last_background = pids[pid_count - 1];
            if (shell.interactive)
                fprintf(stderr, "[%d] %ld\n", number, (long)shell.last_background);
        }
        status = 0;
    } else {
        for (size_t i = 0; i < count; i++)
            if (commands[i].pid)
                commands[i].status = exec_wait(commands[i].pid);
        if (group != 0)
            job_control_reclaim();
        status = commands[count - 1].status;
    }
    for (size_t i = 0; i < count; i++)
        exec_release(&commands[i]);
    free(pids);
    free(pipes);
    free(commands);
    return status;
}

static int exec_and_or(const struct and_or *item)
{
    int status = 0;
    for (size_t i = 0; i < item->count; i++) {
        if (i > 0) {
            bool want_success = item->operators[i - 1] == AND_OR_AND;
            if ((status == 0) != want_success)
                continue;
        }
        status = exec_pipeline(&item->pipelines[i], item->background, item->text);
        shell.last_status = status;
        /* set -e: only a failure that nothing tested (the list's last) ends the shell. */
        if (shell.errexit && status != 0 && i + 1 == item->count)
            shell_exit(status);
    }
    return status;
}

int exec_list(const struct command_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        shell.last_status = exec_and_or(&list->items[i]);
    return shell.last_status;
}
