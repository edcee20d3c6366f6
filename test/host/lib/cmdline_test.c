/*
 * Host unit tests of the kernel command-line option lookup (a9n/lib/cmdline.c).
 */
#include "check.h"
#include "cmdline.h"

#include <string.h>

static int value_is(const char *line, const char *key, const char *expected)
{
    const char *value;
    size_t length;
    if (!cmdline_find(line, key, &value, &length))
        return 0;
    return length == strlen(expected) && memcmp(value, expected, length) == 0;
}

static void test_find(void)
{
    const char *value;
    size_t length;
    CHECK(value_is("init=root", "init", "root"));
    CHECK(value_is("  debug_exit   init=a/b  ", "init", "a/b"));
    CHECK(value_is("init=first init=second", "init", "second"));
    CHECK(value_is("debug_exit", "debug_exit", ""));
    CHECK(value_is("init=", "init", ""));
    CHECK(value_is("a\tinit=x\nb", "init", "x"));
    CHECK(!cmdline_find("", "init", &value, &length));
    CHECK(!cmdline_find("initial=1", "init", &value, &length));
    CHECK(!cmdline_find("xinit=1", "init", &value, &length));
    CHECK(!cmdline_find("ini", "init", &value, &length));
}

static void test_flag(void)
{
    CHECK(cmdline_flag("debug_exit", "debug_exit"));
    CHECK(cmdline_flag("a debug_exit=1 b", "debug_exit"));
    CHECK(cmdline_flag("debug_exit=yes", "debug_exit"));
    CHECK(!cmdline_flag("debug_exit=0", "debug_exit"));
    CHECK(!cmdline_flag("debug_exit=1 debug_exit=0", "debug_exit"));
    CHECK(!cmdline_flag("debug_exits", "debug_exit"));
    CHECK(!cmdline_flag("", "debug_exit"));
}

int main(void)
{
    test_find();
    test_flag();
    return check_summary();
}
