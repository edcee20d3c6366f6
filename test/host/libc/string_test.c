/*
 * Host tests of KOITO-libc's string functions (host tests).
 *
 * Each function is checked against the host's C library on edge cases and on
 * every alignment and length of a small buffer, so byte-at-a-time and
 * word-at-a-time versions are held to the same results. Comparison results
 * are compared by sign only, as C specifies.
 */
#include "check.h"
#include "under_test.h"
#include <stdint.h>
#include <string.h>

#define SIZE 64

static int sign(int value)
{
    return (value > 0) - (value < 0);
}

static void fill(unsigned char *buffer, size_t size, unsigned seed)
{
    for (size_t i = 0; i < size; i++) {
        buffer[i] = (unsigned char)(seed + i * 7);
    }
}

static void test_copy_and_fill(void)
{
    unsigned char source[SIZE];
    unsigned char expected[SIZE];
    unsigned char actual[SIZE];

    fill(source, SIZE, 3);
    for (size_t offset = 0; offset < 8; offset++) {
        for (size_t length = 0; length + offset <= SIZE; length += 5) {
            memset(expected, 0xee, SIZE);
            memset(actual, 0xee, SIZE);
            memcpy(expected + offset, source, length);
            CHECK(koito_test_memcpy(actual + offset, source, length) == actual + offset);
            CHECK(memcmp(expected, actual, SIZE) == 0);

            memset(expected + offset, 0x5a, length);
            CHECK(koito_test_memset(actual + offset, 0x15a, length) == actual + offset);
            CHECK(memcmp(expected, actual, SIZE) == 0);
        }
    }
}

static void test_memmove(void)
{
    unsigned char expected[SIZE];
    unsigned char actual[SIZE];

    /* Every overlap in both directions. */
    for (size_t from = 0; from < 16; from++) {
        for (size_t to = 0; to < 16; to++) {
            for (size_t length = 0; length <= 40; length += 3) {
                fill(expected, SIZE, 11);
                fill(actual, SIZE, 11);
                memmove(expected + to, expected + from, length);
                CHECK(koito_test_memmove(actual + to, actual + from, length) == actual + to);
                CHECK(memcmp(expected, actual, SIZE) == 0);
            }
        }
    }
}

static void test_compare(void)
{
    static const char *const strings[] = {"",  "a",    "ab",   "abc",   "abd",
                                          "b", "\xff", "\x01", "abc\0x"};
    size_t count = sizeof strings / sizeof strings[0];

    for (size_t i = 0; i < count; i++) {
        for (size_t j = 0; j < count; j++) {
            const char *l = strings[i];
            const char *r = strings[j];
            CHECK_EQ(sign(koito_test_strcmp(l, r)), sign(strcmp(l, r)));
            for (size_t limit = 0; limit < 5; limit++) {
                CHECK_EQ(sign(koito_test_strncmp(l, r, limit)), sign(strncmp(l, r, limit)));
            }
            size_t shortest = strlen(l) < strlen(r) ? strlen(l) : strlen(r);
            CHECK_EQ(sign(koito_test_memcmp(l, r, shortest + 1)), sign(memcmp(l, r, shortest + 1)));
        }
    }
    CHECK_EQ(koito_test_memcmp("abc", "abd", 0), 0);
    /* Bytes compare as unsigned char: 0xff sorts after 0x01. */
    CHECK(koito_test_memcmp("\xff", "\x01", 1) > 0);
    CHECK(koito_test_strcmp("\xff", "\x01") > 0);
}

static void test_length(void)
{
    char buffer[SIZE];

    for (size_t length = 0; length < SIZE; length++) {
        memset(buffer, 'x', length);
        buffer[length] = '\0';
        CHECK_EQ(koito_test_strlen(buffer), length);
        CHECK_EQ(koito_test_strnlen(buffer, SIZE), length);
        CHECK_EQ(koito_test_strnlen(buffer, length / 2), length / 2);
    }
    /* strnlen never reads past its limit: the array has no terminator. */
    char unterminated[4] = {'a', 'b', 'c', 'd'};
    CHECK_EQ(koito_test_strnlen(unterminated, sizeof unterminated), 4);
}

static void test_search(void)
{
    const char *text = "koito on a9n";

    for (int c = 0; c < 256; c++) {
        CHECK(koito_test_strchr(text, c) == strchr(text, c));
        CHECK(koito_test_strrchr(text, c) == strrchr(text, c));
        CHECK(koito_test_memchr(text, c, strlen(text)) == memchr(text, c, strlen(text)));
    }
    /* The terminator itself can be found; the value converts to char. */
    CHECK(koito_test_strchr(text, '\0') == text + strlen(text));
    CHECK(koito_test_strrchr(text, '\0') == text + strlen(text));
    CHECK(koito_test_strchr(text, 'o' + 256) == text + 1);
    CHECK(koito_test_memchr(text, 'o' + 256, 4) == text + 1);
    CHECK(koito_test_memchr(text, 'k', 0) == NULL);
}

static void test_string_copy(void)
{
    char expected[16];
    char actual[16];

    memset(expected, '#', sizeof expected);
    memset(actual, '#', sizeof actual);
    strcpy(expected, "a9n");
    CHECK(koito_test_strcpy(actual, "a9n") == actual);
    CHECK(memcmp(expected, actual, sizeof actual) == 0);
    CHECK(koito_test_strcpy(actual, "") == actual && actual[0] == '\0' && actual[1] == '9');

    /* strncpy pads with NULs up to the length and leaves the rest alone. */
    for (size_t length = 0; length <= 10; length++) {
        memset(expected, '#', sizeof expected);
        memset(actual, '#', sizeof actual);
        strncpy(expected, "koito", length);
        CHECK(koito_test_strncpy(actual, "koito", length) == actual);
        CHECK(memcmp(expected, actual, sizeof actual) == 0);
    }
}

int main(void)
{
    test_copy_and_fill();
    test_memmove();
    test_compare();
    test_length();
    test_search();
    test_string_copy();
    return check_summary();
}
