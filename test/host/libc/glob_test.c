/*
 * Tests of KOITO-libc's glob() and globfree() (host tests): a directory tree
 * made in a temporary directory, then many patterns (wildcards in several
 * components, brackets, hidden files, quoting, trailing slashes, absolute
 * paths) expanded by KOITO-libc over the host port and by glibc, compared
 * path for path under GLOB_MARK, GLOB_NOCHECK, GLOB_NOESCAPE and
 * GLOB_NOSORT; then the vector's shape under GLOB_DOOFFS and GLOB_APPEND,
 * GLOB_NOMATCH, and an unreadable directory (a name too long to open)
 * reported to errfunc and stopping the search with GLOB_ABORTED under
 * GLOB_ERR or when errfunc asks.
 */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* KOITO-libc's glob_t, in host terms. */
typedef struct {
    size_t gl_pathc;
    char **gl_pathv;
    size_t gl_offs;
} koito_glob_t;

int koito_test_glob(const char *pattern, int flags, int (*errfunc)(const char *, int),
                    koito_glob_t *paths);
void koito_test_globfree(koito_glob_t *paths);

static void make_file(const char *path)
{
    int descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    CHECK(descriptor >= 0);
    close(descriptor);
}

static void make_tree(void)
{
    static const char *const directories[] = {"src",  "src/lib", "src/.cache",
                                              "docs", "empty",   "we[ird"};
    static const char *const files[] = {"a.c",
                                        "b.c",
                                        "ab.h",
                                        ".hidden.c",
                                        "README",
                                        "star*",
                                        "src/main.c",
                                        "src/util.c",
                                        "src/util.h",
                                        "src/lib/list.c",
                                        "src/.cache/x.c",
                                        "docs/guide.txt",
                                        "we[ird/in.c"};
    for (size_t index = 0; index < sizeof directories / sizeof *directories; index++)
        CHECK_EQ(mkdir(directories[index], 0755), 0);
    for (size_t index = 0; index < sizeof files / sizeof *files; index++)
        make_file(files[index]);
}

static int compare(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* Expands `pattern` with both libraries; 1 if they agree (order included
 * unless GLOB_NOSORT). */
static int agree(const char *pattern, int flags)
{
    koito_glob_t ours = {0};
    glob_t theirs = {0};
    int our_result = koito_test_glob(pattern, flags, NULL, &ours);
    int result = glob(pattern, flags, NULL, &theirs);
    int same = our_result == result && ours.gl_pathc == theirs.gl_pathc;
    if (same && (flags & GLOB_NOSORT) && ours.gl_pathc > 1) {
        qsort(ours.gl_pathv, ours.gl_pathc, sizeof(char *), compare);
        qsort(theirs.gl_pathv, theirs.gl_pathc, sizeof(char *), compare);
    }
    for (size_t index = 0; same && index < ours.gl_pathc; index++)
        same = strcmp(ours.gl_pathv[index], theirs.gl_pathv[index]) == 0;
    if (!same) {
        fprintf(stderr, "glob(\"%s\", %#x): ours %d (%zu paths), glibc %d (%zu paths)\n", pattern,
                flags, our_result, ours.gl_pathc, result, theirs.gl_pathc);
        for (size_t index = 0; index < ours.gl_pathc; index++)
            fprintf(stderr, "  ours:  %s\n", ours.gl_pathv[index]);
        for (size_t index = 0; index < theirs.gl_pathc; index++)
            fprintf(stderr, "  glibc: %s\n", theirs.gl_pathv[index]);
    }
    if (ours.gl_pathv != NULL)
        koito_test_globfree(&ours);
    globfree(&theirs);
    return same;
}

static void test_against_glibc(const char *root)
{
    static const char *const patterns[] = {
        "*",        "*.c",          "?.c",        "[ab].c",         "[!a]*",      "*.[ch]",
        "src/*",    "src/*.c",      "*/*.c",      "*/*/*.c",        "*/",         "src/*/",
        "*/*/",     ".*",           ".*.c",       "src/.*/*",       "src/lib",    "src/nothing",
        "nothing*", "\\*",          "star\\*",    "star*",          "we\\[ird/*", "we[[]ird/*",
        "README",   "[[:upper:]]*", "docs/*.txt", "src//*.h",       "*/lib/*",    "empty/*",
        "a.c/*",    "src/",         "[",          "src/[mu]*.[ch]", "**",         "/",
        "src///*.c"};
    static const int flag_sets[] = {
        0, GLOB_MARK, GLOB_NOCHECK, GLOB_NOESCAPE, GLOB_NOSORT, GLOB_MARK | GLOB_NOCHECK};
    int disagreements = 0;
    for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
        for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++) {
            /* glibc marks a match of a pattern ending in "/" twice ("src//"): test_mark. */
            size_t length = strlen(patterns[p]);
            if ((flag_sets[f] & GLOB_MARK) && patterns[p][length - 1] == '/')
                continue;
            disagreements += !agree(patterns[p], flag_sets[f]);
        }
    }
    /* Absolute patterns. */
    char absolute[PATH_MAX];
    snprintf(absolute, sizeof absolute, "%s/src/*.c", root);
    disagreements += !agree(absolute, 0);
    snprintf(absolute, sizeof absolute, "%s/*/", root);
    disagreements += !agree(absolute, GLOB_MARK);
    CHECK_EQ(disagreements, 0);
}

/* A directory matched by a pattern ending in '/' already ends in one:
 * GLOB_MARK adds no second (glibc does). A pattern ending in '/' matches
 * directories only, and GLOB_NOCHECK returns the pattern as it is (glibc
 * returns "a.c" for "a.c/" and "*.c" for "*.c/"). */
static void test_mark(void)
{
    koito_glob_t paths = {0};
    CHECK_EQ(koito_test_glob("s*/", GLOB_MARK, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 1);
    CHECK(strcmp(paths.gl_pathv[0], "src/") == 0);
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob("s*", GLOB_MARK, NULL, &paths), 0);
    CHECK(paths.gl_pathc == 2 && strcmp(paths.gl_pathv[0], "src/") == 0 &&
          strcmp(paths.gl_pathv[1], "star*") == 0);
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob("a.c/", 0, NULL, &paths), GLOB_NOMATCH);
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob("*.c/", GLOB_NOCHECK, NULL, &paths), 0);
    CHECK(paths.gl_pathc == 1 && strcmp(paths.gl_pathv[0], "*.c/") == 0);
    koito_test_globfree(&paths);
}

static void test_vector(void)
{
    koito_glob_t paths = {0};
    paths.gl_offs = 2;
    CHECK_EQ(koito_test_glob("*.c", GLOB_DOOFFS, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 2);
    CHECK(paths.gl_pathv[0] == NULL && paths.gl_pathv[1] == NULL);
    CHECK(strcmp(paths.gl_pathv[2], "a.c") == 0 && strcmp(paths.gl_pathv[3], "b.c") == 0);
    CHECK(paths.gl_pathv[4] == NULL);
    CHECK_EQ(koito_test_glob("*.h", GLOB_DOOFFS | GLOB_APPEND, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 3);
    CHECK(paths.gl_pathv[1] == NULL && strcmp(paths.gl_pathv[4], "ab.h") == 0);
    CHECK(paths.gl_pathv[5] == NULL);
    CHECK_EQ(koito_test_glob("nothing*", GLOB_DOOFFS | GLOB_APPEND, NULL, &paths), GLOB_NOMATCH);
    CHECK_EQ(paths.gl_pathc, 3); /* a failed append keeps what was there */
    CHECK_EQ(koito_test_glob("nothing*", GLOB_DOOFFS | GLOB_APPEND | GLOB_NOCHECK, NULL, &paths),
             0);
    CHECK_EQ(paths.gl_pathc, 4);
    CHECK(strcmp(paths.gl_pathv[5], "nothing*") == 0 && paths.gl_pathv[6] == NULL);
    koito_test_globfree(&paths);
    CHECK(paths.gl_pathv == NULL);

    CHECK_EQ(koito_test_glob("*.zzz", 0, NULL, &paths), GLOB_NOMATCH);
    CHECK_EQ(paths.gl_pathc, 0);
    koito_test_globfree(&paths);
}

static int reported_error;
static char reported_path[PATH_MAX];

static int note_error(const char *path, int error)
{
    reported_error = error;
    snprintf(reported_path, sizeof reported_path, "%s", path);
    return 0;
}

static int stop_at_error(const char *path, int error)
{
    (void)path;
    (void)error;
    return 1;
}

/* A directory name too long to open: ENAMETOOLONG, even for root. */
static void test_unreadable(void)
{
    char pattern[600];
    memset(pattern, 'x', 300);
    strcpy(pattern + 300, "/*");
    koito_glob_t paths = {0};
    CHECK_EQ(koito_test_glob(pattern, 0, note_error, &paths), GLOB_NOMATCH);
    CHECK_EQ(reported_error, ENAMETOOLONG);
    CHECK_EQ(strlen(reported_path), 300);
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob(pattern, GLOB_ERR, NULL, &paths), GLOB_ABORTED);
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob(pattern, 0, stop_at_error, &paths), GLOB_ABORTED);
    koito_test_globfree(&paths);
    /* A missing directory is reported (as glibc does), a file used as one is not. */
    reported_error = 0;
    CHECK_EQ(koito_test_glob("missing/*", GLOB_ERR, note_error, &paths), GLOB_ABORTED);
    CHECK_EQ(reported_error, ENOENT);
    CHECK(strcmp(reported_path, "missing") == 0);
    koito_test_globfree(&paths);
    reported_error = 0;
    CHECK_EQ(koito_test_glob("a.c/*", GLOB_ERR, note_error, &paths), GLOB_NOMATCH);
    CHECK_EQ(reported_error, 0);
    koito_test_globfree(&paths);
}

int main(void)
{
    const char *base = getenv("TMPDIR");
    char root[PATH_MAX];
    snprintf(root, sizeof root, "%s/koito-glob-XXXXXX", base != NULL ? base : "/tmp");
    if (mkdtemp(root) == NULL || chdir(root) != 0) {
        perror("glob test directory");
        return 1;
    }
    make_tree();
    test_against_glibc(root);
    test_mark();
    test_vector();
    test_unreadable();
    char command[PATH_MAX + 16];
    snprintf(command, sizeof command, "rm -rf '%s'", root);
    CHECK_EQ(system(command), 0);
    return check_summary();
}
