/*
 * Conformance (POSIX environment): getenv, setenv (overwrite or not), unsetenv, environ
 * following both, their EINVAL cases (an empty name, a name with '='), and environments passed
 * to posix_spawn children: the caller's environ with its changes, and an explicit envp that the
 * child sees exactly.
 * Child modes: "expect NAME VALUE" exits 0 when getenv(NAME) is VALUE ("-": unset);
 * "count N" exits 0 when environ holds exactly N strings.
 */
#include "check.h"

#include <errno.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* How many environ strings are exactly text. */
static int environ_count(const char *text)
{
    int found = 0;
    for (char **entry = environ; *entry != NULL; entry++)
        found += strcmp(*entry, text) == 0;
    return found;
}

static void test_set_get_unset(void)
{
    CHECK(getenv("CONFORMANCE_VARIABLE") == NULL);
    CHECK_EQ(setenv("CONFORMANCE_VARIABLE", "one", 1), 0);
    CHECK(getenv("CONFORMANCE_VARIABLE") != NULL &&
          strcmp(getenv("CONFORMANCE_VARIABLE"), "one") == 0);
    CHECK_EQ(environ_count("CONFORMANCE_VARIABLE=one"), 1);
    CHECK_EQ(setenv("CONFORMANCE_VARIABLE", "two", 0), 0); /* no overwrite: stays */
    CHECK(strcmp(getenv("CONFORMANCE_VARIABLE"), "one") == 0);
    CHECK_EQ(setenv("CONFORMANCE_VARIABLE", "three", 1), 0);
    CHECK(strcmp(getenv("CONFORMANCE_VARIABLE"), "three") == 0);
    CHECK_EQ(environ_count("CONFORMANCE_VARIABLE=three"), 1);
    CHECK_EQ(environ_count("CONFORMANCE_VARIABLE=one"), 0);
    CHECK_EQ(setenv("CONFORMANCE_EMPTY", "", 1), 0);
    CHECK(getenv("CONFORMANCE_EMPTY") != NULL && getenv("CONFORMANCE_EMPTY")[0] == '\0');
    CHECK(getenv("CONFORMANCE_VARIABL") == NULL); /* a prefix is not a match */
    CHECK(getenv("CONFORMANCE_VARIABLE=three") == NULL);
    CHECK_EQ(unsetenv("CONFORMANCE_EMPTY"), 0);
    CHECK(getenv("CONFORMANCE_EMPTY") == NULL);
    CHECK_EQ(unsetenv("CONFORMANCE_NEVER_SET"), 0); /* not there: no error */

    errno = 0;
    CHECK_EQ(setenv("", "x", 1), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(setenv("A=B", "x", 1), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(unsetenv(""), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(unsetenv("A=B"), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK(getenv("A") == NULL);
}

static int run_child(const char *self, char *const arguments[], char *const environment[])
{
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, NULL, NULL, arguments, environment), 0);
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void test_children(const char *self)
{
    char *sees_three[] = {(char *)self, "expect", "CONFORMANCE_VARIABLE", "three", NULL};
    CHECK_EQ(run_child(self, sees_three, environ), 0);
    CHECK_EQ(unsetenv("CONFORMANCE_VARIABLE"), 0);
    CHECK(getenv("CONFORMANCE_VARIABLE") == NULL);
    char *sees_unset[] = {(char *)self, "expect", "CONFORMANCE_VARIABLE", "-", NULL};
    CHECK_EQ(run_child(self, sees_unset, environ), 0);
    CHECK_EQ(run_child(self, sees_three, environ), 1); /* the check itself can fail */

    char *explicit[] = {"CONFORMANCE_ONLY=yes", "SECOND=2 with spaces", NULL};
    char *sees_only[] = {(char *)self, "expect", "CONFORMANCE_ONLY", "yes", NULL};
    char *sees_second[] = {(char *)self, "expect", "SECOND", "2 with spaces", NULL};
    char *counts_two[] = {(char *)self, "count", "2", NULL};
    CHECK_EQ(run_child(self, sees_only, explicit), 0);
    CHECK_EQ(run_child(self, sees_second, explicit), 0);
    CHECK_EQ(run_child(self, counts_two, explicit), 0);
    char *empty[] = {NULL};
    char *counts_none[] = {(char *)self, "count", "0", NULL};
    CHECK_EQ(run_child(self, counts_none, empty), 0);
}

static int child_expect(const char *name, const char *value)
{
    const char *found = getenv(name);
    if (strcmp(value, "-") == 0)
        return found == NULL ? 0 : 1;
    return found != NULL && strcmp(found, value) == 0 ? 0 : 1;
}

static int child_count(int expected)
{
    int count = 0;
    while (environ != NULL && environ[count] != NULL)
        count++;
    return count == expected ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc > 3 && strcmp(argv[1], "expect") == 0)
        return child_expect(argv[2], argv[3]);
    if (argc > 2 && strcmp(argv[1], "count") == 0)
        return child_count(atoi(argv[2]));
    test_set_get_unset();
    test_children(argv[0]);
    return check_summary();
}
