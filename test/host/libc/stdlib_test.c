/*
 * Tests of KOITO-libc's <ctype.h>, <stdlib.h> and <inttypes.h> functions
 * (host tests): character classes against glibc's "C" locale for every
 * byte; the strto* family against glibc on edge cases and random strings;
 * qsort against a reference sort, with a bound on comparisons for inputs
 * built to make quicksort quadratic; bsearch, rand, the environment and
 * system().
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned long long random_state = 12345;

static unsigned next_random(void)
{
    random_state = random_state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(random_state >> 33);
}

static void test_ctype(void)
{
    for (int c = -1; c < 256; c++) {
        CHECK(!!koito_test_isalnum(c) == !!isalnum(c));
        CHECK(!!koito_test_isalpha(c) == !!isalpha(c));
        CHECK(!!koito_test_isblank(c) == !!isblank(c));
        CHECK(!!koito_test_iscntrl(c) == !!iscntrl(c));
        CHECK(!!koito_test_isdigit(c) == !!isdigit(c));
        CHECK(!!koito_test_isgraph(c) == !!isgraph(c));
        CHECK(!!koito_test_islower(c) == !!islower(c));
        CHECK(!!koito_test_isprint(c) == !!isprint(c));
        CHECK(!!koito_test_ispunct(c) == !!ispunct(c));
        CHECK(!!koito_test_isspace(c) == !!isspace(c));
        CHECK(!!koito_test_isupper(c) == !!isupper(c));
        CHECK(!!koito_test_isxdigit(c) == !!isxdigit(c));
        CHECK(koito_test_tolower(c) == tolower(c));
        CHECK(koito_test_toupper(c) == toupper(c));
    }
}

/* Compares one strto* call of each kind with glibc's, values, ends and errno. */
static void compare_strto(const char *string, int base)
{
    char *my_end;
    char *their_end;
    KERRNO = 0;
    errno = 0;
    CHECK(koito_test_strtol(string, &my_end, base) == strtol(string, &their_end, base));
    CHECK(my_end == their_end);
    CHECK(KERRNO == errno);
    KERRNO = 0;
    errno = 0;
    CHECK(koito_test_strtoul(string, &my_end, base) == strtoul(string, &their_end, base));
    CHECK(my_end == their_end);
    CHECK(KERRNO == errno);
    KERRNO = 0;
    errno = 0;
    CHECK(koito_test_strtoll(string, &my_end, base) == strtoll(string, &their_end, base));
    CHECK(my_end == their_end);
    CHECK(KERRNO == errno);
    KERRNO = 0;
    errno = 0;
    CHECK(koito_test_strtoull(string, &my_end, base) == strtoull(string, &their_end, base));
    CHECK(my_end == their_end);
    CHECK(KERRNO == errno);
    CHECK(koito_test_strtoimax(string, NULL, base) == strtoimax(string, NULL, base));
    CHECK(koito_test_strtoumax(string, NULL, base) == strtoumax(string, NULL, base));
}

static void test_strto(void)
{
    static const char *const cases[] = {
        "",
        "   ",
        "0",
        "-0",
        "+",
        "-",
        "0x",
        "0xg",
        "0X1f",
        " \t\n+42xyz",
        "-42",
        "077",
        "08",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "-18446744073709551615",
        "-18446744073709551616",
        "99999999999999999999999999999",
        "zz",
        "Zz1",
        "1010102",
        "0x7fffffffffffffff",
        "0xffffffffffffffffff",
        "-0x1",
    };
    static const int bases[] = {0, 2, 8, 10, 16, 36};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            compare_strto(cases[i], bases[b]);
        }
        CHECK(koito_test_atoi(cases[i]) == (int)strtol(cases[i], NULL, 10) ||
              strtol(cases[i], NULL, 10) != (int)strtol(cases[i], NULL, 10));
        CHECK(koito_test_atoll(cases[i]) == strtoll(cases[i], NULL, 10));
    }
    /* glibc parses with a bad base anyway; KOITO refuses: 0, EINVAL, nothing used. */
    static const int bad_bases[] = {1, 37, -1};
    for (size_t b = 0; b < sizeof bad_bases / sizeof bad_bases[0]; b++) {
        char *end;
        KERRNO = 0;
        CHECK(koito_test_strtol("12", &end, bad_bases[b]) == 0);
        CHECK(KERRNO == EINVAL);
        CHECK(strcmp(end, "12") == 0);
    }
    char random_number[40];
    for (int round = 0; round < 20000; round++) {
        static const char alphabet[] = " +-0123456789abcdefxXzZ";
        size_t length = next_random() % 30;
        for (size_t i = 0; i < length; i++) {
            random_number[i] = alphabet[next_random() % (sizeof alphabet - 1)];
        }
        random_number[length] = '\0';
        int base = (int)(next_random() % 37);
        compare_strto(random_number, base == 1 ? 0 : base);
    }
}

static long comparisons;

static int compare_ints(const void *left, const void *right)
{
    int a = *(const int *)left;
    int b = *(const int *)right;
    comparisons++;
    return (a > b) - (a < b);
}

struct record {
    int key;
    char payload[13];
};

static int compare_records(const void *left, const void *right)
{
    const struct record *a = left;
    const struct record *b = right;
    return (a->key > b->key) - (a->key < b->key);
}

/* McIlroy's "antiquicksort" adversary: values are decided lazily, each
 * "gas" element becoming solid just as the comparison needs it to, so any
 * quicksort that picks pivots deterministically does quadratic work. */
static int *adversary_values;
static int adversary_solid;
static int adversary_candidate;
static const int adversary_gas = INT_MAX;

static int adversary_compare(const void *left, const void *right)
{
    int x = *(const int *)left;
    int y = *(const int *)right;
    comparisons++;
    if (adversary_values[x] == adversary_gas && adversary_values[y] == adversary_gas) {
        adversary_values[x == adversary_candidate ? x : y] = adversary_solid++;
    }
    if (adversary_values[x] == adversary_gas) {
        adversary_candidate = x;
    } else if (adversary_values[y] == adversary_gas) {
        adversary_candidate = y;
    }
    return (adversary_values[x] > adversary_values[y]) -
           (adversary_values[x] < adversary_values[y]);
}

static void test_qsort(void)
{
    enum { MAX = 5000 };
    static int mine[MAX];
    static int reference[MAX];
    for (int round = 0; round < 300; round++) {
        size_t count = next_random() % MAX;
        unsigned range = round % 3 == 0 ? 4 : 1000000; /* many duplicates, or few */
        for (size_t i = 0; i < count; i++) {
            mine[i] = reference[i] = (int)(next_random() % range);
        }
        if (round % 5 == 1) { /* sorted, reversed and organ-pipe inputs */
            qsort(mine, count, sizeof mine[0], compare_ints);
            for (size_t i = 0; i < count / 2 && round % 10 == 1; i++) {
                int t = mine[i];
                mine[i] = mine[count - 1 - i];
                mine[count - 1 - i] = t;
            }
            memcpy(reference, mine, count * sizeof mine[0]);
        }
        koito_test_qsort(mine, count, sizeof mine[0], compare_ints);
        qsort(reference, count, sizeof reference[0], compare_ints);
        CHECK(memcmp(mine, reference, count * sizeof mine[0]) == 0);
    }

    struct record records[300];
    for (int i = 0; i < 300; i++) {
        records[i].key = (int)(next_random() % 50);
        snprintf(records[i].payload, sizeof records[i].payload, "%d", records[i].key * 7);
    }
    koito_test_qsort(records, 300, sizeof records[0], compare_records);
    for (int i = 0; i < 300; i++) {
        char expected[13];
        snprintf(expected, sizeof expected, "%d", records[i].key * 7);
        CHECK(strcmp(records[i].payload, expected) == 0); /* moved whole */
        CHECK(i == 0 || records[i - 1].key <= records[i].key);
    }

    /* The adversary: an n log n sort stays within a small multiple of
     * n log2 n comparisons; a plain quicksort would need ~n^2/4. */
    enum { N = 20000 };
    static int indices[N];
    static int values[N];
    adversary_values = values;
    adversary_solid = 0;
    adversary_candidate = 0;
    for (int i = 0; i < N; i++) {
        indices[i] = i;
        values[i] = adversary_gas;
    }
    comparisons = 0;
    koito_test_qsort(indices, N, sizeof indices[0], adversary_compare);
    CHECK(comparisons < 6L * N * 15);
    for (int i = 1; i < N; i++) {
        CHECK(values[indices[i - 1]] <= values[indices[i]]);
    }
}

static void test_small_functions(void)
{
    int sorted[100];
    for (int i = 0; i < 100; i++) {
        sorted[i] = 2 * i;
    }
    for (int key = -1; key < 201; key++) {
        int *found = koito_test_bsearch(&key, sorted, 100, sizeof sorted[0], compare_ints);
        CHECK(found == bsearch(&key, sorted, 100, sizeof sorted[0], compare_ints));
    }
    CHECK(koito_test_bsearch(&sorted[0], sorted, 0, sizeof sorted[0], compare_ints) == NULL);

    koito_test_srand(7);
    int first = koito_test_rand();
    int second = koito_test_rand();
    koito_test_srand(7);
    CHECK(koito_test_rand() == first && koito_test_rand() == second);
    int seen_high = 0;
    for (int i = 0; i < 1000; i++) {
        int value = koito_test_rand();
        CHECK(value >= 0 && value <= RAND_MAX);
        seen_high |= value > RAND_MAX / 2;
    }
    CHECK(seen_high);

    CHECK(koito_test_abs(-5) == 5 && koito_test_llabs(-5000000000LL) == 5000000000LL);
    CHECK(koito_test_imaxabs(INTMAX_MIN + 1) == INTMAX_MAX);

    /* The host has no /bin/koito-sh, and its port cannot spawn (posix_test.c checks the
     * signal window around the failed spawn; the guest suite posix-shell runs commands). */
    CHECK(koito_test_system(NULL) == (access("/bin/koito-sh", X_OK) == 0));
    KERRNO = 0;
    CHECK(koito_test_system("ls") == -1 && KERRNO == ENOSYS);
}

static void test_environment(void)
{
    CHECK(koito_test_getenv("KOITO_A") == NULL);
    CHECK(koito_test_setenv("KOITO_A", "1", 0) == 0);
    CHECK(strcmp(koito_test_getenv("KOITO_A"), "1") == 0);
    CHECK(koito_test_setenv("KOITO_A", "2", 0) == 0);
    CHECK(strcmp(koito_test_getenv("KOITO_A"), "1") == 0);
    CHECK(koito_test_setenv("KOITO_A", "3", 1) == 0);
    CHECK(strcmp(koito_test_getenv("KOITO_A"), "3") == 0);
    KERRNO = 0;
    CHECK(koito_test_setenv("A=B", "x", 1) == -1 && KERRNO == EINVAL);
    CHECK(koito_test_setenv("", "x", 1) == -1);
    static char entry[] = "KOITO_B=yes";
    CHECK(koito_test_putenv(entry) == 0);
    CHECK(strcmp(koito_test_getenv("KOITO_B"), "yes") == 0);
    entry[8] = 'Y'; /* putenv keeps the string itself */
    CHECK(strcmp(koito_test_getenv("KOITO_B"), "Yes") == 0);
    char name[32];
    for (int i = 0; i < 100; i++) { /* grow the array well past its first size */
        snprintf(name, sizeof name, "KOITO_V%d", i);
        CHECK(koito_test_setenv(name, name, 1) == 0);
    }
    CHECK(strcmp(koito_test_getenv("KOITO_V77"), "KOITO_V77") == 0);
    CHECK(koito_test_unsetenv("KOITO_A") == 0);
    CHECK(koito_test_getenv("KOITO_A") == NULL);
    CHECK(koito_test_getenv("KOITO_B") != NULL);
    int count = 0;
    for (char **e = koito_test_environ; *e != NULL; e++) {
        count++;
    }
    CHECK(count == 101);
}

int main(void)
{
    test_ctype();
    test_strto();
    test_qsort();
    test_small_functions();
    test_environment();
    return check_summary();
}
