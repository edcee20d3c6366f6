/*
 * Conformance (POSIX getopt): flags, option arguments attached and separate, grouped flags,
 * optind after each, the first operand ending the options, "--" and "-", '?' with optopt for an
 * unknown option and a missing argument, ':' for a missing argument when optstring starts with
 * ':', and opterr silencing the messages. Each parse restarts with optind = 1.
 */
#include "check.h"

#include <string.h>
#include <unistd.h>

#define COUNT(array) ((int)(sizeof(array) / sizeof((array)[0]) - 1))

static void test_flags_and_arguments(void)
{
    char *arguments[] = {"prog", "-a", "-b", "value", "-cbinline", "-ac", "operand", "-a", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), 'a');
    CHECK_EQ(optind, 2);
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), 'b');
    CHECK(optarg != NULL && strcmp(optarg, "value") == 0);
    CHECK_EQ(optind, 4);
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), 'c');
    CHECK_EQ(optind, 4); /* still inside "-cbinline" */
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), 'b');
    CHECK(optarg != NULL && strcmp(optarg, "inline") == 0);
    CHECK_EQ(optind, 5);
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), 'a');
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), 'c');
    CHECK_EQ(optind, 6);
    CHECK_EQ(getopt(COUNT(arguments), arguments, "ab:c"), -1);
    CHECK_EQ(optind, 6);
    CHECK(strcmp(arguments[optind], "operand") == 0);
}

static void test_end_markers(void)
{
    char *dashes[] = {"prog", "-a", "--", "-b", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(dashes), dashes, "ab"), 'a');
    CHECK_EQ(getopt(COUNT(dashes), dashes, "ab"), -1);
    CHECK_EQ(optind, 3); /* past "--" */

    char *dash[] = {"prog", "-", "-a", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(dash), dash, "a"), -1); /* "-" is an operand */
    CHECK_EQ(optind, 1);

    char *none[] = {"prog", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(none), none, "a"), -1);
    CHECK_EQ(optind, 1);

    char *only[] = {"prog", "-b", "--", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(only), only, "b:"), 'b');
    CHECK(optarg != NULL && strcmp(optarg, "--") == 0); /* an argument even if it looks like one */
    CHECK_EQ(optind, 3);
    CHECK_EQ(getopt(COUNT(only), only, "b:"), -1);
}

static void test_errors(void)
{
    opterr = 0;
    char *unknown[] = {"prog", "-x", "-a", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(unknown), unknown, "a"), '?');
    CHECK_EQ(optopt, 'x');
    CHECK_EQ(getopt(COUNT(unknown), unknown, "a"), 'a'); /* parsing goes on */
    CHECK_EQ(getopt(COUNT(unknown), unknown, "a"), -1);

    char *missing[] = {"prog", "-a", "-b", NULL};
    optind = 1;
    CHECK_EQ(getopt(COUNT(missing), missing, "ab:"), 'a');
    CHECK_EQ(getopt(COUNT(missing), missing, "ab:"), '?');
    CHECK_EQ(optopt, 'b');
    CHECK_EQ(optind, 3);

    optind = 1;
    CHECK_EQ(getopt(COUNT(missing), missing, ":ab:"), 'a');
    CHECK_EQ(getopt(COUNT(missing), missing, ":ab:"), ':');
    CHECK_EQ(optopt, 'b');
    CHECK_EQ(getopt(COUNT(missing), missing, ":ab:"), -1);

    optind = 1;
    CHECK_EQ(getopt(COUNT(unknown), unknown, ":a"), '?'); /* unknown stays '?' with ':' */
    CHECK_EQ(optopt, 'x');
    opterr = 1;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_flags_and_arguments();
    test_end_markers();
    test_errors();
    return check_summary();
}
