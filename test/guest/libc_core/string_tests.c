/*
 * String tests of the libc-core suite: the vector string functions against
 * byte-at-a-time references written here, at every length up to 300 and a
 * few long ones, at every offset within 16 bytes.
 */
#include "tests.h"

#include <guest_test.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define AREA 9000

static unsigned char source[AREA + 64];
static unsigned char actual[AREA + 64];
static unsigned char expected[AREA + 64];

static void fill(unsigned char *buffer, size_t size, unsigned seed)
{
    for (size_t i = 0; i < size; i++) {
        seed = seed * 1103515245u + 12345u;
        buffer[i] = (unsigned char)(1 + (seed >> 16) % 255); /* never 0 */
    }
}

static int same(const unsigned char *a, const unsigned char *b, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        if (a[i] != b[i]) {
            return 0;
        }
    }
    return 1;
}

/* One length at one pair of offsets: memcpy, memset, memmove, strlen, memchr. */
static void check_length(size_t length, size_t from, size_t to)
{
    for (size_t i = 0; i < sizeof actual; i++) {
        actual[i] = expected[i] = 0x5a;
    }
    for (size_t i = 0; i < length; i++) {
        expected[to + i] = source[from + i];
    }
    GUEST_CHECK(memcpy(actual + to, source + from, length) == actual + to);
    GUEST_CHECK(same(actual, expected, sizeof actual));

    for (size_t i = 0; i < length; i++) {
        expected[to + i] = 0xc3;
    }
    GUEST_CHECK(memset(actual + to, 0xc3, length) == actual + to);
    GUEST_CHECK(same(actual, expected, sizeof actual));

    unsigned char saved = source[from + length];
    source[from + length] = 0;
    GUEST_CHECK_EQ(strlen((const char *)source + from), length);
    if (length > 0) {
        unsigned char last = source[from + length - 1];
        const unsigned char *first = source + from;
        while (*first != last) {
            first++;
        }
        GUEST_CHECK(memchr(source + from, last, length) == first);
        GUEST_CHECK(memchr(source + from, 0, length) == NULL);
    }
    source[from + length] = saved;
}

void test_string_vectors(void)
{
    fill(source, sizeof source, 7);
    for (size_t length = 0; length <= 300; length++) {
        check_length(length, length % 16, (length * 7) % 16);
    }
    static const size_t long_lengths[] = {1000, 4095, 4096, 4097, 8191, AREA - 16};
    for (size_t i = 0; i < sizeof long_lengths / sizeof long_lengths[0]; i++) {
        for (size_t offset = 0; offset < 16; offset += 5) {
            check_length(long_lengths[i], offset, 15 - offset);
        }
    }
    /* memmove both ways across an overlap. */
    for (size_t i = 0; i < 200; i++) {
        actual[i] = (unsigned char)i;
    }
    memmove(actual + 3, actual, 150);
    GUEST_CHECK(actual[3] == 0 && actual[152] == 149);
    memmove(actual, actual + 3, 150);
    GUEST_CHECK(actual[0] == 0 && actual[149] == 149);
}

void test_string_searches(void)
{
    const char *text = "the quick brown fox jumps over the lazy dog";
    GUEST_CHECK(strstr(text, "lazy") == text + 35);
    GUEST_CHECK(strstr(text, "cat") == NULL);
    GUEST_CHECK_EQ(strspn(text, "the "), 4);
    GUEST_CHECK_EQ(strcspn(text, "qz"), 4);
    GUEST_CHECK(strpbrk(text, "xyz") == text + 18);
    GUEST_CHECK(strrchr(text, 't') == text + 31);
    char words[] = "a,b;;c";
    char *state;
    GUEST_CHECK(strcmp(strtok_r(words, ",;", &state), "a") == 0);
    GUEST_CHECK(strcmp(strtok_r(NULL, ",;", &state), "b") == 0);
    GUEST_CHECK(strcmp(strtok_r(NULL, ",;", &state), "c") == 0);
    GUEST_CHECK(strtok_r(NULL, ",;", &state) == NULL);
    char buffer[16] = "abc";
    GUEST_CHECK(stpcpy(buffer + 3, "def") == buffer + 6);
    GUEST_CHECK(strcmp(buffer, "abcdef") == 0);
}
