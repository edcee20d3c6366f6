/* Pathname patterns of koito-sh (userland, shell): see pattern.h. */
#include "pattern.h"

#include "memory.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool pattern_class_match(const char *name, size_t length, unsigned char c)
{
    static const struct {
        const char *name;
        int (*test)(int);
    } classes[] = {
        {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
        {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
        {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (strlen(classes[i].name) == length && memcmp(classes[i].name, name, length) == 0)
            return classes[i].test(c) != 0;
    return false;
}

/* Matches c against the bracket expression at *pattern (just after '[').
 * Returns the position after the closing ']' in *end, or NULL in *end when
 * the bracket is not closed (then '[' is an ordinary character). */
static bool pattern_bracket(const char *pattern, unsigned char c, const char **end)
{
    const char *p = pattern;
    bool negate = *p == '!' || *p == '^';
    if (negate)
        p++;
    bool matched = false;
    bool first = true;
    while (*p && (first || *p != ']')) {
        first = false;
        if (p[0] == '[' && p[1] == ':') {
            const char *close = strstr(p + 2, ":]");
            if (close) {
                matched |= pattern_class_match(p + 2, (size_t)(close - p - 2), c);
                p = close + 2;
                continue;
            }
        }
        unsigned char low = (unsigned char)*p;
        if (low == '\\' && p[1])
            low = (unsigned char)*++p;
        p++;
        unsigned char high = low;
        if (p[0] == '-' && p[1] && p[1] != ']') {
            high = (unsigned char)p[1];
            if (high == '\\' && p[2]) {
                high = (unsigned char)p[2];
                p++;
            }
            p += 2;
        }
        if (low <= c && c <= high)
            matched = true;
    }
    if (*p != ']') {
        *end = NULL;
        return false;
    }
    *end = p + 1;
    return matched != negate;
}

bool pattern_match(const char *pattern, const char *text)
{
    /* Iterative matching with one backtrack point for the last '*': linear
     * in practice and never exponential. */
    const char *star_pattern = NULL, *star_text = NULL;
    for (;;) {
        if (*pattern == '*') {
            while (*pattern == '*')
                pattern++;
            star_pattern = pattern;
            star_text = text;
            continue;
        }
        if (*text == '\0' && *pattern == '\0')
            return true;
        bool step = false;
        if (*text != '\0') {
            if (*pattern == '?') {
                step = true;
                pattern++;
            } else if (*pattern == '[') {
                const char *end;
                bool matched = pattern_bracket(pattern + 1, (unsigned char)*text, &end);
                if (end) {
                    step = matched;
                    if (matched)
                        pattern = end;
                } else if (*text == '[') {
                    step = true;
                    pattern++;
                }
            } else {
                char literal = *pattern;
                const char *next = pattern + 1;
                if (literal == '\\' && pattern[1]) {
                    literal = pattern[1];
                    next = pattern + 2;
                }
                if (literal != '\0' && literal == *text) {
                    step = true;
                    pattern = next;
                }
            }
        }
        if (step) {
            text++;
            continue;
        }
        if (!star_pattern || *star_text == '\0')
            return false;
        pattern = star_pattern;
        text = ++star_text;
    }
}

bool pattern_is_magic(const char *pattern)
{
    for (const char *p = pattern; *p; p++) {
        if (*p == '\\' && p[1])
            p++;
        else if (*p == '*' || *p == '?' || *p == '[')
            return true;
    }
    return false;
}

/* Removes the backslashes that protect characters in a pattern component. */
static char *pattern_unescape(const char *pattern, size_t length)
{
    char *plain = memory_alloc(length + 1);
    size_t out = 0;
    for (size_t i = 0; i < length; i++) {
        if (pattern[i] == '\\' && i + 1 < length)
            i++;
        plain[out++] = pattern[i];
    }
    plain[out] = '\0';
    return plain;
}

static char *pattern_join(const char *directory, const char *name, size_t name_length)
{
    size_t directory_length = strlen(directory);
    char *path = memory_alloc(directory_length + name_length + 1);
    memcpy(path, directory, directory_length);
    memcpy(path + directory_length, name, name_length);
    path[directory_length + name_length] = '\0';
    return path;
}

static int pattern_compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands the rest of the pattern (rest) below the path prefix, which is
 * empty or ends in '/'. */
static void pattern_walk(const char *prefix, const char *rest, char ***paths, size_t *count,
                         size_t *capacity)
{
    const char *slash = strchr(rest, '/');
    size_t length = slash ? (size_t)(slash - rest) : strlen(rest);
    char *component = memory_strndup(rest, length);
    if (!pattern_is_magic(component)) {
        char *plain = pattern_unescape(rest, length);
        char *path = pattern_join(prefix, plain, strlen(plain));
        free(plain);
        struct stat status;
        if (!slash) {
            if (lstat(path, &status) == 0)
                MEMORY_PUSH(*paths, *count, *capacity, path);
            else
                free(path);
        } else {
            char *next = pattern_join(path, "/", 1);
            free(path);
            pattern_walk(next, slash + 1, paths, count, capacity);
            free(next);
        }
        free(component);
        return;
    }
    DIR *directory = opendir(prefix[0] ? prefix : ".");
    if (directory) {
        size_t first = *count;
        struct dirent *entry;
        while ((entry = readdir(directory)) != NULL) {
            /* A leading dot matches only a leading dot in the pattern. */
            if (entry->d_name[0] == '.' && component[0] != '.')
                continue;
            if (!pattern_match(component, entry->d_name))
                continue;
            char *path = pattern_join(prefix, entry->d_name, strlen(entry->d_name));
            if (!slash) {
                MEMORY_PUSH(*paths, *count, *capacity, path);
                continue;
            }
            char *next = pattern_join(path, "/", 1);
            free(path);
            pattern_walk(next, slash + 1, paths, count, capacity);
            free(next);
        }
        closedir(directory);
        qsort(*paths + first, *count - first, sizeof **paths, pattern_compare);
    }
    free(component);
}

size_t pattern_expand(const char *pattern, char ***paths, size_t *count, size_t *capacity)
{
    size_t before = *count;
    if (pattern[0] == '/')
        pattern_walk("/", pattern + 1, paths, count, capacity);
    else
        pattern_walk("", pattern, paths, count, capacity);
    return *count - before;
}
