/*
 * posix-files (examples): an ordinary POSIX program on KOITO. It writes and reads files in /tmp
 * (the POSIX server's memory file system), lists a directory, and runs a second program, upcase,
 * as a filter between two pipes with posix_spawn (KOITO has no fork), then waitpid's it.
 * Nothing here is KOITO-specific: the same source builds and runs on Linux.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char poem[] = "an old silent pond\n"
                           "a frog jumps into the pond\n"
                           "splash! silence again\n";
static const char shouted[] = "AN OLD SILENT POND\n"
                              "A FROG JUMPS INTO THE POND\n"
                              "SPLASH! SILENCE AGAIN\n";

/* Report a failed call (errno says why); -1, what the helpers below return on failure. */
static int fail(const char *what)
{
    printf("posix-files: FAILED: %s: %s\n", what, strerror(errno));
    return -1;
}

/* Write text to path with stdio, read it back with open/read and compare; 0 or -1. */
static int files(const char *path, const char *text)
{
    FILE *file = fopen(path, "w");
    if (file == NULL)
        return fail(path);
    fputs(text, file);
    if (fclose(file) != 0)
        return fail("fclose");

    char back[256] = {0};
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return fail(path);
    ssize_t got = read(fd, back, sizeof back - 1);
    close(fd);
    if (got < 0)
        return fail("read");
    if (strcmp(back, text) != 0) {
        printf("posix-files: FAILED: %s reads back differently\n", path);
        return -1;
    }
    printf("posix-files: wrote and read back %s (%zd bytes)\n", path, got);
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Print the entries of dir in order (readdir's order is the file system's, not sorted); 0 or -1. */
static int list(const char *dir)
{
    DIR *stream = opendir(dir);
    if (stream == NULL)
        return fail(dir);
    char *names[16];
    size_t count = 0;
    struct dirent *entry;
    while ((entry = readdir(stream)) != NULL && count < 16) {
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            names[count++] = strdup(entry->d_name);
    }
    closedir(stream);
    qsort(names, count, sizeof names[0], compare_names);
    printf("posix-files: %s holds", dir);
    for (size_t i = 0; i < count; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
    return 0;
}

/*
 * Run /bin/upcase with its standard input and output on two pipes: feed it text, collect what it
 * writes into out (capacity bytes), wait for it; its wait status, or -1.
 */
static int filter(const char *text, char *out, size_t capacity)
{
    int to_child[2];
    int from_child[2];
    if (pipe(to_child) != 0 || pipe(from_child) != 0)
        return fail("pipe");

    /* The child's descriptors 0 and 1 become the pipes' ends; it must not keep the others, or it
     * would hold its own input open and never see end of file. */
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_child[0], 0);
    posix_spawn_file_actions_adddup2(&actions, from_child[1], 1);
    posix_spawn_file_actions_addclose(&actions, to_child[0]);
    posix_spawn_file_actions_addclose(&actions, to_child[1]);
    posix_spawn_file_actions_addclose(&actions, from_child[0]);
    posix_spawn_file_actions_addclose(&actions, from_child[1]);
    char *argv[] = {"upcase", NULL};
    pid_t pid;
    int error = posix_spawn(&pid, "/bin/upcase", &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        errno = error;
        return fail("posix_spawn /bin/upcase");
    }
    close(to_child[0]);
    close(from_child[1]);

    /* The text is smaller than a pipe's buffer, so writing all before reading cannot deadlock. */
    if (write(to_child[1], text, strlen(text)) != (ssize_t)strlen(text))
        return fail("write to the pipe");
    close(to_child[1]); /* end of file for upcase */

    size_t used = 0;
    ssize_t got;
    while (used < capacity - 1 && (got = read(from_child[0], out + used, capacity - 1 - used)) > 0)
        used += (size_t)got;
    out[used] = '\0';
    close(from_child[0]);

    int status;
    if (waitpid(pid, &status, 0) != pid)
        return fail("waitpid");
    printf("posix-files: upcase (process %d) sent back %zu bytes\n", (int)pid, used);
    return status;
}

int main(void)
{
    if (mkdir("/tmp/notes", 0755) != 0 && errno != EEXIST) {
        fail("mkdir /tmp/notes");
        return 1;
    }
    if (files("/tmp/notes/poem.txt", poem) != 0 || files("/tmp/notes/todo.txt", "port lua\n") != 0)
        return 1;
    if (list("/tmp/notes") != 0)
        return 1;

    char out[256];
    int status = filter(poem, out, sizeof out);
    if (status == -1)
        return 1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        printf("posix-files: FAILED: upcase ended with wait status %#x\n", status);
        return 1;
    }
    if (strcmp(out, shouted) != 0) {
        printf("posix-files: FAILED: upcase answered \"%s\"\n", out);
        return 1;
    }
    printf("posix-files: upcase exited with status 0 and its output is the poem in capitals\n");
    printf("posix-files: files, a directory, pipes, posix_spawn and waitpid all work\n");
    return 0;
}
