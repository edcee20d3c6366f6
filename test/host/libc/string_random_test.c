/*
 * Differential tests of KOITO-libc's string functions against the host's C
 * library on random inputs (host tests): random strings over a small
 * alphabet (so matches and spans are common), at random offsets, every
 * result compared with glibc's.
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>

#define ROUNDS 20000
#define SIZE   96

static unsigned next_random(void)
{
    static unsigned long long state = 0x9e3779b97f4a7c15ull;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(state >> 33);
}

/* A random NUL-terminated string of length < limit over "abcAB\xe9 ". */
static void random_string(char *out, size_t limit)
{
    static const char alphabet[] = "abcAB\xe9 ";
    size_t length = next_random() % limit;
    for (size_t i = 0; i < length; i++) {
        out[i] = alphabet[next_random() % (sizeof alphabet - 1)];
    }
    out[length] = '\0';
}

static int sign(int value)
{
    return (value > 0) - (value < 0);
}

static void test_searches(void)
{
    char s[SIZE];
    char t[8];
    for (int round = 0; round < ROUNDS; round++) {
        random_string(s, SIZE);
        random_string(t, 5);
        CHECK(koito_test_strspn(s, t) == strspn(s, t));
        CHECK(koito_test_strcspn(s, t) == strcspn(s, t));
        CHECK(koito_test_strpbrk(s, t) == strpbrk(s, t));
        CHECK(koito_test_strstr(s, t) == strstr(s, t));
        int c = "abc\xe9z"[next_random() % 6];
        CHECK(koito_test_strchr(s, c) == strchr(s, c));
        CHECK(koito_test_strrchr(s, c) == strrchr(s, c));
        size_t n = next_random() % SIZE;
        CHECK(koito_test_memchr(s, c, n) == memchr(s, c, n));
        CHECK(koito_test_strlen(s) == strlen(s));
        CHECK(sign(koito_test_strcasecmp(s, t)) == sign(strcasecmp(s, t)));
        CHECK(sign(koito_test_strncasecmp(s, t, n % 6)) == sign(strncasecmp(s, t, n % 6)));
        CHECK(sign(koito_test_strcoll(s, t)) == sign(strcmp(s, t)));
    }
}

/* memchr on ranges that end at a page whose next page is unreadable, and that start at a page
 * whose previous one is: every length up to 200 (the inline sizes, under 128, and the vector
 * code's), the byte wanted absent, at a random place or at two (the first must be found where the
 * inline loads overlap); a read past the range's page faults. */
static void test_memchr_at_page_edges(void)
{
    unsigned char *pages =
        mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(pages != MAP_FAILED);
    if (pages == MAP_FAILED)
        return;
    CHECK_EQ(mprotect(pages, 4096, PROT_NONE), 0);
    CHECK_EQ(mprotect(pages + 2 * 4096, 4096, PROT_NONE), 0);
    unsigned char *page = pages + 4096;
    for (size_t length = 0; length <= 200; length++) {
        for (int round = 0; round < 20; round++) {
            memset(page, 'x', 4096);
            unsigned char *starts[] = {page + 4096 - length, page};
            for (unsigned s = 0; s < 2; s++) {
                int wanted = round % 4 == 0 ? 'y' : 'z';
                if (length > 0 && round % 4 != 0)
                    starts[s][next_random() % length] = 'z';
                if (length > 0 && round % 4 == 3)
                    starts[s][next_random() % length] = 'z';
                CHECK(koito_test_memchr(starts[s], wanted, length) ==
                      memchr(starts[s], wanted, length));
                memset(page, 'x', 4096);
            }
        }
    }
    munmap(pages, 3 * 4096);
}

static void test_copies(void)
{
    char s[SIZE];
    char t[SIZE];
    char expected[2 * SIZE];
    char actual[2 * SIZE];
    for (int round = 0; round < ROUNDS; round++) {
        random_string(s, SIZE / 2);
        random_string(t, SIZE / 2);
        size_t n = next_random() % (SIZE / 2);
        memset(expected, 0x55, sizeof expected);
        memset(actual, 0x55, sizeof actual);
        strcpy(expected, s);
        strcpy(actual, s);
        CHECK(koito_test_strcat(actual, t) == actual);
        strcat(expected, t);
        CHECK(memcmp(expected, actual, sizeof actual) == 0);
        CHECK(koito_test_strncat(actual, s, n) == actual);
        strncat(expected, s, n);
        CHECK(memcmp(expected, actual, sizeof actual) == 0);
        CHECK(koito_test_stpcpy(actual, t) - actual == stpcpy(expected, t) - expected);
        CHECK(koito_test_stpncpy(actual, s, n) - actual == stpncpy(expected, s, n) - expected);
        CHECK(memcmp(expected, actual, sizeof actual) == 0);
        int c = "abc"[next_random() % 3];
        void *e = memccpy(expected, s, c, n);
        void *a = koito_test_memccpy(actual, s, c, n);
        CHECK((e == NULL) == (a == NULL));
        CHECK(e == NULL || (char *)e - expected == (char *)a - actual);
        CHECK(memcmp(expected, actual, sizeof actual) == 0);
        CHECK(koito_test_strxfrm(actual, s, n) == strlen(s));
    }
}

static void test_tokens(void)
{
    char mine[SIZE];
    char theirs[SIZE];
    for (int round = 0; round < ROUNDS / 4; round++) {
        random_string(mine, SIZE);
        strcpy(theirs, mine);
        char *my_state = NULL;
        char *their_state = NULL;
        char *my_token = koito_test_strtok_r(mine, " a", &my_state);
        char *their_token = strtok_r(theirs, " a", &their_state);
        for (;;) {
            CHECK((my_token == NULL) == (their_token == NULL));
            if (my_token == NULL || their_token == NULL) {
                break;
            }
            CHECK(my_token - mine == their_token - theirs);
            my_token = koito_test_strtok_r(NULL, " a", &my_state);
            their_token = strtok_r(NULL, " a", &their_state);
        }
    }
    char words[] = "  one,two;;three ";
    CHECK(strcmp(koito_test_strtok(words, " ,;"), "one") == 0);
    CHECK(strcmp(koito_test_strtok(NULL, " ,;"), "two") == 0);
    CHECK(strcmp(koito_test_strtok(NULL, " ,;"), "three") == 0);
    CHECK(koito_test_strtok(NULL, " ,;") == NULL);
    CHECK(koito_test_strtok(NULL, " ,;") == NULL);
}

/* A Thue-Morse haystack makes a hash modulo 2^64 collide on every window;
 * strstr must still answer correctly (and quickly). */
static void test_strstr_hostile(void)
{
    enum { LENGTH = 1 << 16 };
    char *haystack = malloc(LENGTH + 1);
    for (unsigned i = 0; i < LENGTH; i++) {
        haystack[i] = __builtin_popcount(i) % 2 ? 'b' : 'a';
    }
    haystack[LENGTH] = '\0';
    char needle[1025];
    for (unsigned i = 0; i < 1024; i++) {
        needle[i] = __builtin_popcount(i) % 2 ? 'a' : 'b'; /* the complement */
    }
    needle[1024] = '\0';
    CHECK(koito_test_strstr(haystack, needle) == strstr(haystack, needle));
    needle[1023] = 'c';
    CHECK(koito_test_strstr(haystack, needle) == NULL);
    CHECK(koito_test_strstr(haystack, "") == haystack);
    free(haystack);
}

static void test_dup_and_messages(void)
{
    char *copy = koito_test_strdup("hello");
    CHECK(copy != NULL && strcmp(copy, "hello") == 0);
    koito_test_free(copy);
    copy = koito_test_strndup("hello", 3);
    CHECK(copy != NULL && strcmp(copy, "hel") == 0);
    koito_test_free(copy);

    /* Every errno value has its own message, and the well-known ones read
     * as glibc's. */
    for (int error = 1; error < 132; error++) {
        const char *message = koito_test_strerror(error);
        CHECK(message != NULL && message[0] != '\0');
    }
    CHECK(strcmp(koito_test_strerror(2), strerror(2)) == 0);
    CHECK(strcmp(koito_test_strerror(22), strerror(22)) == 0);
    CHECK(strcmp(koito_test_strerror(12345), "Unknown error 12345") == 0);
    char small[8];
    CHECK(koito_test_strerror_r(2, small, sizeof small) == 34);
    CHECK(strcmp(small, "No such") == 0);
    CHECK(koito_test_strerror_r(-1, small, sizeof small) == 22);
    CHECK(strcmp(koito_test_strsignal(SIGSEGV), strsignal(SIGSEGV)) == 0);
    CHECK(strcmp(koito_test_strsignal(200), "Unknown signal 200") == 0);
    CHECK(koito_test_ffs(0) == 0 && koito_test_ffs(0x80) == 8 && koito_test_ffs(-1) == 1);
}

/* The versions of the x86_64 vector code (libc/src/internal/string_x86_64.h),
 * hidden but linkable here: the public functions jump only to the one the
 * host CPU allows, so the others are called directly (each where the CPU has
 * it). Each is a whole memcpy, memset, strlen or memchr. */
void *__koito_memcpy_sse2(void *restrict d, const void *restrict s, size_t length);
void *__koito_memcpy_avx2(void *restrict d, const void *restrict s, size_t length);
void *__koito_memcpy_avx512(void *restrict d, const void *restrict s, size_t length);
void *__koito_memset_sse2(void *d, int byte, size_t length);
void *__koito_memset_avx2(void *d, int byte, size_t length);
void *__koito_memset_avx512(void *d, int byte, size_t length);
size_t __koito_strlen_sse2(const char *string);
size_t __koito_strlen_avx2(const char *string);
size_t __koito_strlen_evex(const char *string);
void *__koito_memchr_sse2(const void *start, int byte, size_t length);
void *__koito_memchr_avx2(const void *start, int byte, size_t length);
void *__koito_memchr_evex(const void *start, int byte, size_t length);
int __koito_cpu_vectors_detect(void); /* 1 SSE2, 2 AVX2, 3 AVX-512 (libc's cpu.h) */

/* Whether the host CPU allows the AVX2 and the AVX-512 versions. */
static int cpu_avx2(void)
{
    return __koito_cpu_vectors_detect() >= 2;
}

static int cpu_avx512(void)
{
    return __koito_cpu_vectors_detect() >= 3;
}

struct vector_version {
    void *(*copy)(void *restrict, const void *restrict, size_t);
    void *(*set)(void *, int, size_t);
    size_t (*length)(const char *);
    void *(*find)(const void *, int, size_t);
};

/* One version against glibc on a random case: any length, most of them past
 * the sizes each version answers without a loop. */
static void check_version(const struct vector_version *version, unsigned char *source,
                          unsigned char *expected, unsigned char *actual, size_t size)
{
    size_t length = next_random() % (next_random() % 4 == 0 ? 8000 : 500);
    size_t from = next_random() % 64;
    size_t to = next_random() % 64;
    memset(expected, 0x44, size);
    memset(actual, 0x44, size);
    memcpy(expected + to, source + from, length);
    CHECK(version->copy(actual + to, source + from, length) == actual + to);
    CHECK(memcmp(expected, actual, size) == 0);
    unsigned char byte = (unsigned char)next_random();
    memset(expected + to, byte, length);
    CHECK(version->set(actual + to, byte, length) == actual + to);
    CHECK(memcmp(expected, actual, size) == 0);
    unsigned char saved = source[from + length];
    source[from + length] = '\0';
    CHECK(version->length((char *)source + from) == length);
    size_t tail = next_random() % (length < 70 ? length + 1 : 70);
    CHECK(version->length((char *)source + from + length - tail) == tail);
    CHECK(version->find(source + from, 0, length) == NULL);
    if (length > 0) {
        int wanted = source[from + next_random() % length];
        size_t limit = 1 + next_random() % length;
        CHECK(version->find(source + from, wanted, limit) == memchr(source + from, wanted, limit));
    }
    source[from + length] = saved;
}

/* A memchr version on every length up to 300 at every offset in a 64-byte line, the byte
 * absent, once or twice (the version's own short and medium paths, and its loops). */
static void check_version_find(void *(*find)(const void *, int, size_t))
{
    static unsigned char buffer[512] __attribute__((aligned(64)));
    CHECK(find(NULL, 'y', 0) == NULL); /* an empty range is not read */
    for (size_t length = 1; length <= 300; length++) {
        for (size_t from = 0; from < 64; from++) {
            memset(buffer, 'x', sizeof buffer);
            int matches = (int)(next_random() % 3);
            for (int m = 0; m < matches; m++) {
                buffer[from + next_random() % length] = 'y';
            }
            buffer[from + length] = 'y'; /* just past the end: never found */
            CHECK(find(buffer + from, 'y', length) == memchr(buffer + from, 'y', length));
        }
    }
}

static void test_both_versions(void)
{
    check_version_find(__koito_memchr_sse2);
    if (cpu_avx2()) {
        check_version_find(__koito_memchr_avx2);
    }
    if (cpu_avx512()) {
        check_version_find(__koito_memchr_evex);
    }
    enum { SIZE_ = 9000 };
    unsigned char *source = malloc(SIZE_ + 256);
    unsigned char *expected = malloc(SIZE_ + 256);
    unsigned char *actual = malloc(SIZE_ + 256);
    for (size_t i = 0; i < SIZE_ + 256; i++) {
        source[i] = (unsigned char)(1 + next_random() % 255);
    }
    const struct vector_version sse2 = {__koito_memcpy_sse2, __koito_memset_sse2,
                                        __koito_strlen_sse2, __koito_memchr_sse2};
    const struct vector_version avx2 = {__koito_memcpy_avx2, __koito_memset_avx2,
                                        __koito_strlen_avx2, __koito_memchr_avx2};
    const struct vector_version avx512 = {__koito_memcpy_avx512, __koito_memset_avx512,
                                          __koito_strlen_evex, __koito_memchr_evex};
    for (int round = 0; round < 2000; round++) {
        check_version(&sse2, source, expected, actual, SIZE_ + 256);
        if (cpu_avx2()) {
            check_version(&avx2, source, expected, actual, SIZE_ + 256);
        }
        if (cpu_avx512()) {
            check_version(&avx512, source, expected, actual, SIZE_ + 256);
        }
    }
    free(source);
    free(expected);
    free(actual);
}

/* A page with an unreadable page on each side (the copy and fill tests' guards). */
static unsigned char *guarded_page(void)
{
    unsigned char *pages =
        mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(pages != MAP_FAILED);
    if (pages == MAP_FAILED)
        return NULL;
    CHECK_EQ(mprotect(pages, 4096, PROT_NONE), 0);
    CHECK_EQ(mprotect(pages + 2 * 4096, 4096, PROT_NONE), 0);
    return pages + 4096;
}

typedef void *(*copy_function)(void *restrict, const void *restrict, size_t);
typedef void *(*fill_function)(void *, int, size_t);

/* `copy` and `fill` on every length from 0 to 1100 (each version's sizes without a loop and its
 * loop), the source and the destination each flush against the start
 * or the end of a page whose neighbours are unreadable, so that a read or write past either end
 * of either range faults; the rest of the destination page must stay as it was. */
static void check_copy_and_fill_at_page_edges(copy_function copy, fill_function fill)
{
    unsigned char *source = guarded_page();
    unsigned char *destination = guarded_page();
    static unsigned char expected[4096];
    if (source == NULL || destination == NULL)
        return;
    for (size_t i = 0; i < 4096; i++) {
        source[i] = (unsigned char)(1 + next_random() % 255);
    }
    for (size_t length = 0; length <= 1100; length++) {
        for (unsigned placement = 0; placement < 4; placement++) {
            const unsigned char *from = placement & 1 ? source + 4096 - length : source;
            unsigned char *to = placement & 2 ? destination + 4096 - length : destination;
            memset(destination, 0x5a, 4096);
            memset(expected, 0x5a, 4096);
            memcpy(expected + (to - destination), from, length);
            CHECK(copy(to, from, length) == to);
            CHECK(memcmp(destination, expected, 4096) == 0);
            unsigned char byte = (unsigned char)next_random();
            memset(expected + (to - destination), byte, length);
            CHECK(fill(to, byte, length) == to);
            CHECK(memcmp(destination, expected, 4096) == 0);
        }
    }
    munmap(source - 4096, 3 * 4096);
    munmap(destination - 4096, 3 * 4096);
}

static void test_copy_and_fill_at_page_edges(void)
{
    check_copy_and_fill_at_page_edges(koito_test_memcpy, koito_test_memset);
    check_copy_and_fill_at_page_edges(__koito_memcpy_sse2, __koito_memset_sse2);
    if (cpu_avx2()) {
        check_copy_and_fill_at_page_edges(__koito_memcpy_avx2, __koito_memset_avx2);
    }
    if (cpu_avx512()) {
        check_copy_and_fill_at_page_edges(__koito_memcpy_avx512, __koito_memset_avx512);
    }
}

/* A strlen version on every length up to 300 from every offset in a 64-byte line, and on
 * strings that end at the last byte of a page whose next page is unreadable (the aligned blocks
 * it reads must stop there). */
static void check_version_length(size_t (*length_of)(const char *))
{
    static char buffer[512] __attribute__((aligned(64)));
    for (size_t length = 0; length <= 300; length++) {
        for (size_t from = 0; from < 64; from++) {
            memset(buffer, 'x', sizeof buffer);
            buffer[from + length] = '\0';
            CHECK_EQ(length_of(buffer + from), length);
        }
    }
    unsigned char *page = guarded_page();
    if (page == NULL)
        return;
    memset(page, 'x', 4096);
    page[4095] = '\0';
    for (size_t length = 0; length <= 300; length++) {
        CHECK_EQ(length_of((const char *)page + 4095 - length), length);
    }
    munmap(page - 4096, 3 * 4096);
}

/* A memchr version on ranges of every length up to 300 that end at the end of two readable
 * pages followed by an unreadable one, or start in the last 32 bytes of the first page (so that
 * those up to 32 bytes long may lie in one page or run into the next), with one match or none:
 * no read may leave the pages the range touches. */
static void check_version_find_at_page_edges(void *(*find)(const void *, int, size_t))
{
    unsigned char *pages =
        mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(pages != MAP_FAILED);
    if (pages == MAP_FAILED)
        return;
    CHECK_EQ(mprotect(pages, 4096, PROT_NONE), 0);
    CHECK_EQ(mprotect(pages + 3 * 4096, 4096, PROT_NONE), 0);
    unsigned char *region = pages + 4096; /* 8192 readable bytes */
    memset(region, 'x', 2 * 4096);
    for (size_t length = 1; length <= 300; length++) {
        for (size_t from = 4096 - 32; from <= 4096; from++) {
            unsigned char *start = from == 4096 ? region + 2 * 4096 - length : region + from;
            size_t match = next_random() % (length + 1); /* length: none */
            if (match < length)
                start[match] = 'y';
            CHECK(find(start, 'y', length) == memchr(start, 'y', length));
            if (match < length)
                start[match] = 'x';
        }
    }
    munmap(pages, 4 * 4096);
}

static void test_find_at_page_edges(void)
{
    check_version_find_at_page_edges(koito_test_memchr);
    check_version_find_at_page_edges(__koito_memchr_sse2);
    if (cpu_avx2()) {
        check_version_find_at_page_edges(__koito_memchr_avx2);
    }
    if (cpu_avx512()) {
        check_version_find_at_page_edges(__koito_memchr_evex);
    }
}

static void test_lengths(void)
{
    check_version_length(koito_test_strlen);
    check_version_length(__koito_strlen_sse2);
    if (cpu_avx2()) {
        check_version_length(__koito_strlen_avx2);
    }
    if (cpu_avx512()) {
        check_version_length(__koito_strlen_evex);
    }
}

/* The vector paths: lengths up to 9000 (past the rep threshold) at every
 * offset within a 64-byte line, the match or terminator anywhere. */
static void test_long_buffers(void)
{
    enum { LONG = 9000 };
    unsigned char *source = malloc(LONG + 128);
    unsigned char *expected = malloc(LONG + 128);
    unsigned char *actual = malloc(LONG + 128);
    for (int round = 0; round < 3000; round++) {
        size_t length = next_random() % 4 == 0 ? next_random() % LONG : next_random() % 600;
        size_t from = next_random() % 64;
        size_t to = next_random() % 64;
        for (size_t i = 0; i < LONG + 128; i++) {
            source[i] = (unsigned char)(1 + next_random() % 255);
        }
        memset(expected, 0x33, LONG + 128);
        memset(actual, 0x33, LONG + 128);
        memcpy(expected + to, source + from, length);
        CHECK(koito_test_memcpy(actual + to, source + from, length) == actual + to);
        CHECK(memcmp(expected, actual, LONG + 128) == 0);
        int byte = (int)(next_random() % 256);
        memset(expected + to, byte, length);
        CHECK(koito_test_memset(actual + to, byte, length) == actual + to);
        CHECK(memcmp(expected, actual, LONG + 128) == 0);

        source[from + length] = '\0';
        CHECK(koito_test_strlen((char *)source + from) == length);
        int wanted = source[from + next_random() % (length + 1)];
        size_t limit = length - next_random() % (length + 1) / 2;
        CHECK(koito_test_memchr(source + from, wanted, limit) ==
              memchr(source + from, wanted, limit));
        CHECK(koito_test_memchr(source + from, 0, length) == NULL);
        CHECK(koito_test_strchr((char *)source + from, wanted) ==
              strchr((char *)source + from, wanted));
    }
    free(source);
    free(expected);
    free(actual);
}

int main(void)
{
    test_both_versions();
    test_copy_and_fill_at_page_edges();
    test_lengths();
    test_find_at_page_edges();
    test_long_buffers();
    test_searches();
    test_memchr_at_page_edges();
    test_copies();
    test_tokens();
    test_strstr_hostile();
    test_dup_and_messages();
    return check_summary();
}
