/*
 * Unit tests of grep's basic regular expressions (host test, ASan + UBSan):
 * each construct matching and not matching, back-references, intervals,
 * anchors, case folding, whole-line matching and the compile errors.
 */
#include "bre.h"
#include "check.h"

#include <string.h>

static bool search(const char *pattern, const char *text)
{
    const char *error = NULL;
    struct bre *bre = bre_compile(pattern, false, &error);
    CHECK(bre != NULL);
    if (!bre) {
        fprintf(stderr, "pattern <%s>: %s\n", pattern, error);
        return false;
    }
    bool matched = bre_search(bre, text, strlen(text));
    bre_free(bre);
    return matched;
}

static void expect(const char *pattern, const char *text, bool want)
{
    bool got = search(pattern, text);
    if (got != want)
        fprintf(stderr, "pattern <%s> on <%s>: got %d\n", pattern, text, got);
    CHECK(got == want);
}

static void expect_invalid(const char *pattern)
{
    const char *error = NULL;
    struct bre *bre = bre_compile(pattern, false, &error);
    CHECK(bre == NULL);
    CHECK(error != NULL);
    bre_free(bre);
}

static void test_literals_and_dot(void)
{
    expect("abc", "xxabcxx", true);
    expect("abc", "abxc", false);
    expect("a.c", "abc", true);
    expect("a.c", "ac", false);
    expect("", "anything", true);
    expect("a\\.c", "a.c", true);
    expect("a\\.c", "abc", false);
    expect("a+b", "a+b", true);
    expect("a?", "a?", true);
    expect("a|b", "a|b", true);
    expect("a|b", "a", false);
}

static void test_anchors(void)
{
    expect("^abc", "abcd", true);
    expect("^abc", "xabc", false);
    expect("abc$", "xabc", true);
    expect("abc$", "abcx", false);
    expect("^$", "", true);
    expect("^$", "x", false);
    expect("a^b", "a^b", true);
    expect("a$b", "a$b", true);
    expect("^*a", "*a", true);
}

static void test_repetition(void)
{
    expect("ab*c", "ac", true);
    expect("ab*c", "abbbbc", true);
    expect("ab*c", "abxc", false);
    expect("*a", "*a", true);
    expect("a\\{3\\}", "aa", false);
    expect("a\\{3\\}", "aaa", true);
    expect("^a\\{2,3\\}$", "aaaa", false);
    expect("^a\\{2,3\\}$", "aaa", true);
    expect("^a\\{2,\\}$", "aaaaaa", true);
    expect("^a\\{2,\\}$", "a", false);
    expect("^a\\{0\\}b", "b", true);
    expect("a\\+", "a", true);
    expect("ba\\+c", "bc", false);
    expect("^ba\\?c$", "bc", true);
    expect("^ba\\?c$", "baac", false);
    expect("^.*x.*$", "aaaxaaa", true);
}

static void test_brackets(void)
{
    expect("[abc]", "xbx", true);
    expect("[abc]", "xyz", false);
    expect("[^abc]", "abc", false);
    expect("[^abc]", "abcd", true);
    expect("^[a-z]*$", "hello", true);
    expect("^[a-z]*$", "Hello", false);
    expect("[]x]", "]", true);
    expect("[^]x]", "]", false);
    expect("[a-]", "-", true);
    expect("[[:digit:]][[:alpha:]]", "5a", true);
    expect("[[:digit:]][[:alpha:]]", "a5", false);
    expect("[[:space:]]", "a b", true);
    expect("[.]", "x", false);
    expect("[\\]", "\\", true);
}

static void test_groups_and_backreferences(void)
{
    expect("\\(ab\\)*c", "ababc", true);
    expect("^\\(ab\\)*c$", "abac", false);
    expect("\\(a\\)\\1", "aa", true);
    expect("\\(a\\)\\1", "ab", false);
    expect("^\\(.*\\)\\1$", "abcabc", true);
    expect("^\\(.*\\)\\1$", "abcab", false);
    expect("\\(a*\\)*b", "b", true);
    expect("^\\(a\\|b\\)*$", "abba", true);
    expect("^\\(a\\|b\\)*$", "abca", false);
    expect("x\\(\\)y", "xy", true);
    expect("cat\\|dog", "hotdog", true);
    expect("^\\(a\\{2\\}\\)\\{2\\}$", "aaaa", true);
    expect("\\(x\\)\\1\\{2\\}", "xxx", true);
    expect("\\(x\\)\\1\\{2\\}", "xx", false);
}

static void test_case_and_whole(void)
{
    const char *error;
    struct bre *bre = bre_compile("h[e]llo", true, &error);
    CHECK(bre != NULL);
    CHECK(bre_search(bre, "HELLO there", 11));
    CHECK(!bre_search(bre, "help", 4));
    bre_free(bre);
    bre = bre_compile("a.c", false, &error);
    CHECK(bre_match_whole(bre, "abc", 3));
    CHECK(!bre_match_whole(bre, "abcd", 4));
    CHECK(!bre_match_whole(bre, "xabc", 4));
    /* Only the given length is searched: the text need not end in NUL. */
    CHECK(!bre_search(bre, "abc", 2));
    bre_free(bre);
}

static void test_errors(void)
{
    expect_invalid("[abc");
    expect_invalid("\\(abc");
    expect_invalid("abc\\)");
    expect_invalid("\\1");
    expect_invalid("\\(a\\1\\)");
    expect_invalid("a\\{1");
    expect_invalid("a\\{2,1\\}");
    expect_invalid("a\\{x\\}");
    expect_invalid("a\\{999\\}");
    expect_invalid("[z-a]");
    expect_invalid("[[:nope:]]");
    expect_invalid("abc\\");
}

int main(void)
{
    test_literals_and_dot();
    test_anchors();
    test_repetition();
    test_brackets();
    test_groups_and_backreferences();
    test_case_and_whole();
    test_errors();
    return check_summary();
}
