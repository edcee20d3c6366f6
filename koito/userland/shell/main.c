/*
 * koito-sh, KOITO's shell (userland, shell): the command loop.
 *
 *   koito-sh                       commands from standard input; interactive
 *                                  with line editing when it is a terminal
 *                                  (then first the commands of the file $ENV
 *                                  names, if it exists, as POSIX sh does)
 *   koito-sh script [argument...]  runs the script file
 *   koito-sh -c text [name [argument...]]
 *
 * Each complete command is parsed, then run, before the next is read, as in
 * POSIX sh: a syntax error stops a script there (status 2) and leaves an
 * interactive shell at its prompt.
 */
#include "ast.h"
#include "exec.h"
#include "job_control.h"
#include "jobs.h"
#include "memory.h"
#include "parser.h"
#include "shell.h"
#include "source.h"
#include "variables.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

struct shell shell;

static struct source input;

void shell_set_positional(char *const *arguments, size_t count)
{
    for (size_t i = 0; i < shell.positional_count; i++)
        free(shell.positional[i]);
    free(shell.positional);
    shell.positional = memory_alloc((count + 1) * sizeof *shell.positional);
    for (size_t i = 0; i < count; i++)
        shell.positional[i] = memory_strdup(arguments[i]);
    shell.positional[count] = NULL;
    shell.positional_count = count;
}

_Noreturn void shell_exit(int status)
{
    fflush(stdout);
    source_free(&input);
    shell_set_positional(NULL, 0);
    free(shell.positional);
    exit(status);
}

/* Reads the whole script file into the source; false if it cannot. A file
 * that does not exist is reported unless missing_ok. */
static bool main_load_script(struct source *source, const char *path, bool missing_ok)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (!(missing_ok && errno == ENOENT))
            fprintf(stderr, "koito-sh: cannot open %s: %s\n", path, strerror(errno));
        return false;
    }
    char *text = NULL;
    size_t length = 0, capacity = 0;
    for (;;) {
        memory_reserve((void **)&text, &capacity, length + 4096, 1);
        ssize_t got = read(fd, text + length, capacity - length);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            fprintf(stderr, "koito-sh: %s: %s\n", path, strerror(errno));
            free(text);
            close(fd);
            return false;
        }
        if (got == 0)
            break;
        length += (size_t)got;
    }
    close(fd);
    source_init_text(source, text ? text : "", length);
    free(text);
    return true;
}

static void main_report_syntax_error(const struct parse_error *error)
{
    if (shell.interactive)
        fprintf(stderr, "koito-sh: %s\n", error->message);
    else
        fprintf(stderr, "koito-sh: %s: line %d: %s\n", shell.name, error->line, error->message);
}

/* Runs the commands of source until its end (or `exit`). */
static void main_loop(struct source *source)
{
    for (;;) {
        if (shell.interactive)
            jobs_reap(true);
        if (source->position >= source->length && !source_more(source, false))
            return;
        struct parse_input parse = {source->text, source->length, source->position, source->line};
        struct command_list list;
        struct parse_error error;
        enum parse_status status = parser_parse(&parse, &list, &error);
        if (status == PARSE_INCOMPLETE) {
            if (source_more(source, true))
                continue;
            error.line = parse.line;
            snprintf(error.message, sizeof error.message, "syntax error: unexpected end of file");
            status = PARSE_ERROR;
        }
        if (status == PARSE_ERROR) {
            main_report_syntax_error(&error);
            shell.last_status = 2;
            if (!shell.interactive)
                shell_exit(2);
            source->position = source->length;
            continue;
        }
        source->position = parse.position;
        source->line = parse.line;
        if (status == PARSE_OK) {
            exec_list(&list);
            ast_free(&list);
        }
    }
}

/* An interactive shell first runs the file $ENV names, in its own
 * environment (variables it sets stay): a system's start-up commands. A
 * missing file is no error; a syntax error skips the rest of the file. */
static void main_run_env_file(void)
{
    const char *path = variables_get("ENV");
    if (!path || !*path)
        return;
    struct source env_file;
    if (!main_load_script(&env_file, path, true))
        return;
    main_loop(&env_file);
    source_free(&env_file);
}

int main(int argc, char **argv)
{
    variables_import(environ);
    shell.name = "koito-sh";
    int first_argument = 1;
    if (argc > 1 && strcmp(argv[1], "-c") == 0) {
        if (argc < 3) {
            fputs("koito-sh: -c requires an argument\n", stderr);
            return 2;
        }
        source_init_text(&input, argv[2], strlen(argv[2]));
        if (argc > 3)
            shell.name = argv[3];
        first_argument = argc > 3 ? 4 : 3;
    } else if (argc > 1) {
        shell.name = argv[1];
        if (!main_load_script(&input, argv[1], false))
            return 127;
        first_argument = 2;
    } else {
        shell.interactive = isatty(STDIN_FILENO) != 0;
        source_init_stream(&input, shell.interactive);
    }
    shell_set_positional(argv + first_argument, (size_t)(argc - first_argument));
    if (shell.interactive) {
        signal(SIGINT, SIG_IGN);
        signal(SIGQUIT, SIG_IGN);
        job_control_start();
        main_run_env_file();
    }
    main_loop(&input);
    shell_exit(shell.last_status);
}
