/* cp's and mv's operands (userland utilities): see target_operands.h. */
#include "target_operands.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The last name of `path` without its trailing slashes: a pointer into it,
 * and the name's length in *length. */
static const char *last_name(const char *path, size_t *length)
{
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    *length = end - start;
    return path + start;
}

/* `directory` joined with the last name of `source`, in memory the caller
 * frees; NULL if out of memory. */
static char *destination_in(const char *directory, const char *source)
{
    size_t name_length;
    const char *name = last_name(source, &name_length);
    size_t directory_length = strlen(directory);
    const char *slash = directory[directory_length - 1] == '/' ? "" : "/";
    size_t size = directory_length + 1 + name_length + 1;
    char *path = malloc(size);
    if (path)
        snprintf(path, size, "%s%s%.*s", directory, slash, (int)name_length, name);
    return path;
}

int target_operands_each(const char *program, int count, char *const operands[],
                         int (*act)(const char *source, const char *destination))
{
    if (count < 2) {
        fprintf(stderr, "%s: missing %sfile operand\n", program, count ? "destination " : "");
        return 1;
    }
    const char *target = operands[count - 1];
    struct stat status;
    bool into_directory = stat(target, &status) == 0 && S_ISDIR(status.st_mode);
    if (count > 2 && !into_directory) {
        fprintf(stderr, "%s: target '%s' is not a directory\n", program, target);
        return 1;
    }
    int result = 0;
    for (int i = 0; i < count - 1; i++) {
        if (!into_directory) {
            result |= act(operands[i], target) != 0;
            continue;
        }
        char *destination = destination_in(target, operands[i]);
        if (!destination) {
            fprintf(stderr, "%s: out of memory\n", program);
            return 1;
        }
        result |= act(operands[i], destination) != 0;
        free(destination);
    }
    return result;
}
