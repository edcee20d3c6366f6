/*
 * The conformance suite's runner in the guest (test/guest/conformance): the init program of a
 * whole system (ULMM, the timer, the POSIX server). It starts every test program of the initrd's
 * /conformance/<dir>/ (c17, then posix; each directory in name order) with posix_spawn, its own
 * absolute path as argv[0] (a test that needs a child spawns itself through it), waits for it,
 * and prints one TAP line per program:
 *     ok 3 c17/ctype
 *     not ok 4 c17/stdio # exit status 1
 *     not ok 5 posix/pipe # signal 11
 * The programs inherit its standard streams, so their own output (each ends with its
 * "N passed, N failed") comes before their line. The closing line counts programs:
 *     # conformance: N passed, N failed
 * and the exit status, which ends the run, is the number that failed (at most 119; 1 when no
 * program was found, since a suite that ran nothing proves nothing).
 */
#include <dirent.h>
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CONFORMANCE_ROOT "/conformance"
#define MAX_STATUS       119

/* The test programs found, as "<dir>/<name>", grown as they are found. */
struct test_list {
    char **names;
    size_t count, capacity;
};

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_add(struct test_list *list, const char *directory, const char *name)
{
    if (list->count == list->capacity) {
        size_t capacity = list->capacity == 0 ? 64 : list->capacity * 2;
        char **names = realloc(list->names, capacity * sizeof *names);
        if (names == NULL)
            return -1;
        list->names = names;
        list->capacity = capacity;
    }
    size_t length = strlen(directory) + 1 + strlen(name) + 1;
    char *entry = malloc(length);
    if (entry == NULL)
        return -1;
    snprintf(entry, length, "%s/%s", directory, name);
    list->names[list->count++] = entry;
    return 0;
}

/* Add the programs of CONFORMANCE_ROOT/<directory>, sorted; a directory that does not exist
 * holds no tests. */
static int list_directory(struct test_list *list, const char *directory)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", CONFORMANCE_ROOT, directory);
    DIR *stream = opendir(path);
    if (stream == NULL)
        return errno == ENOENT ? 0 : -1;
    size_t first = list->count;
    struct dirent *entry;
    int result = 0;
    while (result == 0 && (entry = readdir(stream)) != NULL) {
        if (entry->d_type != DT_DIR)
            result = list_add(list, directory, entry->d_name);
    }
    closedir(stream);
    qsort(list->names + first, list->count - first, sizeof *list->names, compare_names);
    return result;
}

/* Run one program; 1 when it exited with status 0, else 0 (and its TAP line says why). */
static int run_test(unsigned number, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", CONFORMANCE_ROOT, name);
    char *argv[] = {path, NULL};
    fflush(stdout);
    pid_t pid;
    int error = posix_spawn(&pid, path, NULL, NULL, argv, environ);
    if (error != 0) {
        printf("not ok %u %s # posix_spawn: %s\n", number, name, strerror(error));
        return 0;
    }
    int status;
    if (waitpid(pid, &status, 0) != pid) {
        printf("not ok %u %s # waitpid: %s\n", number, name, strerror(errno));
        return 0;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        printf("ok %u %s\n", number, name);
        return 1;
    }
    if (WIFEXITED(status))
        printf("not ok %u %s # exit status %d\n", number, name, WEXITSTATUS(status));
    else
        printf("not ok %u %s # signal %d\n", number, name, WTERMSIG(status));
    return 0;
}

int main(void)
{
    struct test_list list = {0};
    if (list_directory(&list, "c17") != 0 || list_directory(&list, "posix") != 0) {
        printf("# conformance: cannot list %s: %s\n", CONFORMANCE_ROOT, strerror(errno));
        return 1;
    }
    if (list.count == 0) {
        printf("# conformance: no tests, which is a failure\n");
        return 1;
    }
    printf("# conformance: %zu programs\n1..%zu\n", list.count, list.count);
    unsigned passed = 0;
    for (size_t i = 0; i < list.count; i++)
        passed += (unsigned)run_test((unsigned)i + 1, list.names[i]);
    unsigned failed = (unsigned)list.count - passed;
    printf("# conformance: %u passed, %u failed\n", passed, failed);
    fflush(stdout);
    return failed > MAX_STATUS ? MAX_STATUS : (int)failed;
}
