/*
 * glob(): the path names that match a pattern (libc, glob; <glob.h>, POSIX).
 *
 * The pattern is taken one '/'-separated component at a time, its slashes
 * kept as written (glibc does the same: "src//x*" gives "src//x.c"). A component
 * without wildcards is appended to every path found so far as it stands
 * (unquoted); one with wildcards replaces each path by the entries of that
 * directory fnmatch accepts (a leading '.' must be matched by a '.').
 * A path the pattern has used up is kept if it exists (and, for a pattern
 * ending in '/', is a directory). A directory that cannot be read stops the
 * search when GLOB_ERR is set or errfunc returns non-zero; a missing
 * directory (ENOENT) counts, a file used as one (ENOTDIR) only means that
 * path leads nowhere, as in glibc. New paths are sorted by strcmp (the "C"
 * locale's collation) unless GLOB_NOSORT.
 */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct search {
    int flags;
    int (*errfunc)(const char *path, int error);
    char **found;
    size_t count;
    size_t capacity;
};

/* Takes `path` into the results; frees it and returns GLOB_NOSPACE if it
 * cannot. */
static int keep(struct search *search, char *path)
{
    if (search->count == search->capacity) {
        size_t capacity = search->capacity ? 2 * search->capacity : 16;
        char **found = realloc(search->found, capacity * sizeof *found);
        if (found == NULL) {
            free(path);
            return GLOB_NOSPACE;
        }
        search->found = found;
        search->capacity = capacity;
    }
    search->found[search->count++] = path;
    return 0;
}

/* `prefix`, `separator` (`separator_length` bytes: the pattern's own
 * slashes) and `name`; NULL if out of memory. */
static char *join(const char *prefix, const char *separator, size_t separator_length,
                  const char *name, size_t name_length)
{
    size_t prefix_length = strlen(prefix);
    char *path = malloc(prefix_length + separator_length + name_length + 1);
    if (path == NULL)
        return NULL;
    memcpy(path, prefix, prefix_length);
    memcpy(path + prefix_length, separator, separator_length);
    memcpy(path + prefix_length + separator_length, name, name_length);
    path[prefix_length + separator_length + name_length] = '\0';
    return path;
}

/* 1 if the component (`length` bytes) has an unquoted '*', '?' or '['. */
static int has_wildcards(const char *component, size_t length, int flags)
{
    for (size_t index = 0; index < length; index++) {
        char character = component[index];
        if (character == '\\' && !(flags & GLOB_NOESCAPE) && index + 1 < length)
            index++;
        else if (character == '*' || character == '?' || character == '[')
            return 1;
    }
    return 0;
}

/* The component without its quoting backslashes, in place; returns its new length. */
static size_t unquote(char *component, size_t length, int flags)
{
    size_t out = 0;
    for (size_t index = 0; index < length; index++) {
        if (component[index] == '\\' && !(flags & GLOB_NOESCAPE) && index + 1 < length)
            index++;
        component[out++] = component[index];
    }
    return out;
}

/* Keeps `path`, all of the pattern used, if it exists; `directory` says the
 * pattern ended in '/'. Directories get a '/' under GLOB_MARK, or when the
 * pattern ended in one, unless the path already ends in '/'. */
static int finish(struct search *search, const char *path, int directory)
{
    struct stat status;
    if (lstat(path, &status) != 0)
        return 0;
    int is_directory =
        S_ISDIR(status.st_mode) || (stat(path, &status) == 0 && S_ISDIR(status.st_mode));
    if (directory && !is_directory)
        return 0;
    size_t length = strlen(path);
    int mark = (directory || (search->flags & GLOB_MARK)) && is_directory &&
               (length == 0 || path[length - 1] != '/');
    char *copy = malloc(length + mark + 1);
    if (copy == NULL)
        return GLOB_NOSPACE;
    memcpy(copy, path, length);
    copy[length] = '/';
    copy[length + mark] = '\0';
    return keep(search, copy);
}

/* A directory that could not be read: stop (GLOB_ABORTED) or go on (0). */
static int unreadable(struct search *search, const char *directory, int error)
{
    if (error == ENOTDIR)
        return 0;
    if ((search->errfunc != NULL && search->errfunc(directory, error) != 0) ||
        (search->flags & GLOB_ERR))
        return GLOB_ABORTED;
    return 0;
}

/* Expands what is left of the pattern, `rest`, under the path `prefix`
 * (both as the pattern spells them, slashes included). */
static int expand(struct search *search, const char *prefix, const char *rest)
{
    const char *slashes = rest;
    while (*rest == '/')
        rest++;
    size_t slash_count = (size_t)(rest - slashes);
    if (*rest == '\0') {
        if (prefix[0] == '\0') /* the pattern is all slashes */
            return slash_count ? finish(search, "/", 1) : 0;
        return finish(search, prefix, slash_count > 0);
    }
    size_t length = strcspn(rest, "/");
    char *component = malloc(length + 1);
    if (component == NULL)
        return GLOB_NOSPACE;
    memcpy(component, rest, length);
    component[length] = '\0';
    const char *next = rest + length;
    int result = 0;
    if (!has_wildcards(component, length, search->flags)) {
        size_t plain = unquote(component, length, search->flags);
        char *path = join(prefix, slashes, slash_count, component, plain);
        result = path == NULL ? GLOB_NOSPACE : expand(search, path, next);
        free(path);
        free(component);
        return result;
    }
    const char *base = prefix[0] != '\0' ? prefix : slash_count > 0 ? "/" : ".";
    char *directory_path = join(base, "", 0, "", 0);
    if (directory_path == NULL) {
        free(component);
        return GLOB_NOSPACE;
    }
    DIR *directory = opendir(directory_path);
    if (directory == NULL) {
        result = unreadable(search, directory_path, errno);
        free(directory_path);
        free(component);
        return result;
    }
    int match_flags = FNM_PERIOD | ((search->flags & GLOB_NOESCAPE) ? FNM_NOESCAPE : 0);
    for (;;) {
        errno = 0;
        struct dirent *entry = readdir(directory);
        if (entry == NULL) {
            if (errno != 0)
                result = unreadable(search, directory_path, errno);
            break;
        }
        if (fnmatch(component, entry->d_name, match_flags) != 0)
            continue;
        char *path = join(prefix, slashes, slash_count, entry->d_name, strlen(entry->d_name));
        result = path == NULL ? GLOB_NOSPACE : expand(search, path, next);
        free(path);
        if (result != 0)
            break;
    }
    closedir(directory);
    free(directory_path);
    free(component);
    return result;
}

static int compare(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* Moves the paths found into `paths` (after any kept from earlier calls). */
static int publish(struct search *search, glob_t *paths, size_t offsets)
{
    size_t old = (search->flags & GLOB_APPEND) ? paths->gl_pathc : 0;
    size_t total = offsets + old + search->count + 1;
    char **vector = realloc(paths->gl_pathv, total * sizeof *vector);
    if (vector == NULL) {
        for (size_t index = 0; index < search->count; index++)
            free(search->found[index]);
        return GLOB_NOSPACE;
    }
    if (!(search->flags & GLOB_APPEND)) {
        for (size_t index = 0; index < offsets; index++)
            vector[index] = NULL;
    }
    memcpy(vector + offsets + old, search->found, search->count * sizeof *vector);
    vector[offsets + old + search->count] = NULL;
    paths->gl_pathv = vector;
    paths->gl_pathc = old + search->count;
    return 0;
}

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *path, int error),
         glob_t *restrict paths)
{
    struct search search = {.flags = flags, .errfunc = errfunc};
    if (!(flags & GLOB_APPEND)) {
        paths->gl_pathc = 0;
        paths->gl_pathv = NULL;
        if (!(flags & GLOB_DOOFFS))
            paths->gl_offs = 0; /* globfree relies on it */
    }
    size_t offsets = paths->gl_offs;
    int result = expand(&search, "", pattern);
    if (result == 0 && search.count == 0) {
        if (flags & GLOB_NOCHECK) {
            char *copy = join(pattern, "", 0, "", 0);
            result = copy == NULL ? GLOB_NOSPACE : keep(&search, copy);
        } else {
            result = GLOB_NOMATCH;
        }
    }
    if (!(flags & GLOB_NOSORT) && search.count > 1)
        qsort(search.found, search.count, sizeof *search.found, compare);
    int published = publish(&search, paths, offsets);
    free(search.found);
    return result != 0 ? result : published;
}
