/*
 * ISO C17 7.29 <wchar.h>: the wide string functions (wcs* and wmem*, wcstok's state,
 * wcscoll/wcsxfrm), the numeric conversions (wcstol and friends, wcstod), the restartable
 * conversions in a UTF-8 locale (mbrtowc one byte at a time and its state, mbrlen, wcrtomb,
 * mbsrtowcs/wcsrtombs moving the source pointer, btowc/wctob, mbsinit), swprintf/swscanf,
 * and wide streams: fwide fixing a stream's orientation, fputwc/fputws/fgetwc/fgetws/
 * ungetwc on a file, fwprintf and fwscanf. Scratch files go under $TMPDIR, else /tmp.
 */
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void strings(void)
{
    wchar_t buffer[32];
    CHECK(wcscpy(buffer, L"wide") == buffer && wcscmp(buffer, L"wide") == 0);
    CHECK_EQ(wcslen(buffer), 4);
    CHECK(wcscat(buffer, L" text") == buffer && wcscmp(buffer, L"wide text") == 0);
    CHECK(wcsncat(buffer, L"!!!", 1) == buffer && wcscmp(buffer, L"wide text!") == 0);
    wmemset(buffer, L'#', 8);
    CHECK(wcsncpy(buffer, L"ab", 4) == buffer);
    CHECK(buffer[0] == L'a' && buffer[2] == 0 && buffer[3] == 0 && buffer[4] == L'#');
    CHECK(wcscmp(L"abc", L"abd") < 0 && wcscmp(L"b", L"abc") > 0 && wcscmp(L"", L"") == 0);
    CHECK(wcsncmp(L"abcx", L"abcy", 3) == 0 && wcsncmp(L"abcx", L"abcy", 4) < 0);
    const wchar_t *text = L"hello, world";
    CHECK(wcschr(text, L'o') == text + 4);
    CHECK(wcschr(text, L'\0') == text + 12);
    CHECK(wcsrchr(text, L'o') == text + 8);
    CHECK(wcschr(text, L'z') == NULL);
    CHECK_EQ(wcsspn(text, L"leh"), 4);
    CHECK_EQ(wcscspn(text, L", "), 5);
    CHECK(wcspbrk(text, L"wr") == text + 7);
    CHECK(wcsstr(text, L"world") == text + 7);
    CHECK(wcsstr(text, L"") == text);
    CHECK(wcsstr(text, L"worlds") == NULL);

    wchar_t tokens[] = L"a, b,,c";
    wchar_t *state = NULL;
    wchar_t *token = wcstok(tokens, L", ", &state);
    CHECK(token != NULL && wcscmp(token, L"a") == 0);
    token = wcstok(NULL, L", ", &state);
    CHECK(token != NULL && wcscmp(token, L"b") == 0);
    token = wcstok(NULL, L", ", &state);
    CHECK(token != NULL && wcscmp(token, L"c") == 0);
    CHECK(wcstok(NULL, L", ", &state) == NULL);

    wchar_t memory[8] = L"0123456";
    CHECK(wmemmove(memory + 1, memory, 5) == memory + 1);
    CHECK(wcscmp(memory, L"0012346") == 0);
    CHECK(wmemcpy(memory, L"xyz", 3) == memory);
    CHECK(wmemcmp(memory, L"xyz", 3) == 0 && wmemcmp(L"a", L"b", 1) < 0);
    CHECK(wmemchr(memory, L'z', 7) == memory + 2 && wmemchr(memory, L'q', 7) == NULL);

    /* In the "C" locale wcscoll orders as wcscmp, and wcsxfrm keeps that order. */
    CHECK(wcscoll(L"abc", L"abd") < 0 && wcscoll(L"b", L"a") > 0 && wcscoll(L"x", L"x") == 0);
    wchar_t x1[16], x2[16];
    size_t length = wcsxfrm(x1, L"apple", 16);
    CHECK(length == wcsxfrm(NULL, L"apple", 0) && length < 16);
    wcsxfrm(x2, L"apricot", 16);
    CHECK(wcscmp(x1, x2) < 0);
}

static void numbers(void)
{
    wchar_t *end;
    CHECK(wcstol(L"  -42xyz", &end, 10) == -42 && *end == L'x');
    CHECK(wcstoul(L"ff", &end, 16) == 255 && *end == 0);
    CHECK(wcstoll(L"0x10", &end, 0) == 16);
    CHECK(wcstoull(L"0777", &end, 0) == 0777);
    errno = 0;
    CHECK(wcstol(L"99999999999999999999", NULL, 10) == LONG_MAX && errno == ERANGE);
    const wchar_t *none = L"z";
    CHECK(wcstol(none, &end, 10) == 0 && end == none);
    CHECK(wcstod(L"2.5e1x", &end) == 25.0 && *end == L'x');
    CHECK(wcstof(L"0x1p-2", NULL) == 0.25f);
    CHECK(wcstold(L"-1.5", NULL) == -1.5L);
    errno = 0;
    CHECK(wcstod(L"1e999", NULL) > 1e308 && errno == ERANGE);
}

static void conversions(void)
{
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    mbstate_t state;
    memset(&state, 0, sizeof state);
    CHECK(mbsinit(&state) != 0);
    CHECK(mbsinit(NULL) != 0);
    wchar_t wide = 0;
    /* "€" one byte at a time. */
    CHECK_EQ(mbrtowc(&wide, "\xe2", 1, &state), (size_t)-2);
    CHECK(mbsinit(&state) == 0);
    CHECK_EQ(mbrlen("\x82", 1, &state), (size_t)-2);
    CHECK_EQ(mbrtowc(&wide, "\xac", 1, &state), 1);
    CHECK(wide == 0x20ac && mbsinit(&state) != 0);
    CHECK_EQ(mbrtowc(&wide, "", 1, &state), 0);
    CHECK_EQ(mbrlen("\xc3\xa9", 2, NULL), 2);
    errno = 0;
    CHECK_EQ(mbrtowc(&wide, "\xc3(", 2, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);
    memset(&state, 0, sizeof state);

    char bytes[MB_LEN_MAX];
    CHECK_EQ(wcrtomb(bytes, 0xe9, &state), 2);
    CHECK(memcmp(bytes, "\xc3\xa9", 2) == 0);
    CHECK_EQ(wcrtomb(NULL, 0xe9, &state), 1);
    errno = 0;
    CHECK_EQ(wcrtomb(bytes, 0xd800, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);
    memset(&state, 0, sizeof state);

    /* mbsrtowcs and wcsrtombs move the source pointer; a null one means the end was met. */
    const char *source = "a\xc3\xa9\xe2\x82\xac";
    wchar_t wides[8];
    CHECK_EQ(mbsrtowcs(wides, &source, 8, &state), 3);
    CHECK(source == NULL && wides[1] == 0xe9 && wides[2] == 0x20ac && wides[3] == 0);
    source = "a\xc3\xa9\xe2\x82\xac";
    CHECK_EQ(mbsrtowcs(wides, &source, 2, &state), 2);
    CHECK(source != NULL && strcmp(source, "\xe2\x82\xac") == 0);
    source = "ok\xff";
    errno = 0;
    CHECK_EQ(mbsrtowcs(wides, &source, 8, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);
    memset(&state, 0, sizeof state);
    const wchar_t *wide_source = L"x\u00e9\u20ac";
    char narrow[16];
    CHECK_EQ(wcsrtombs(narrow, &wide_source, sizeof narrow, &state), 6);
    CHECK(wide_source == NULL && strcmp(narrow, "x\xc3\xa9\xe2\x82\xac") == 0);
    wide_source = L"x\u00e9\u20ac";
    CHECK_EQ(wcsrtombs(narrow, &wide_source, 4, &state), 3); /* € does not fit */
    CHECK(wide_source != NULL && *wide_source == 0x20ac);
    wide_source = L"x\u00e9\u20ac";
    CHECK_EQ(wcsrtombs(NULL, &wide_source, 0, &state), 6);

    CHECK(btowc('A') == L'A' && btowc(EOF) == WEOF);
    CHECK(btowc(0xc3) == WEOF); /* not a character by itself in UTF-8 */
    CHECK(wctob(L'A') == 'A' && wctob(0x20ac) == EOF);
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
}

static void formatted(void)
{
    wchar_t buffer[64];
    CHECK_EQ(swprintf(buffer, 64, L"%d %ls %s %c %lc %.2f", 42, L"wide", "narrow", 'n', L'w', 2.5),
             23);
    CHECK(wcscmp(buffer, L"42 wide narrow n w 2.50") == 0);
    CHECK_EQ(swprintf(buffer, 64, L"%5d|%-3x|%%", 7, 255), 11);
    CHECK(wcscmp(buffer, L"    7|ff |%") == 0);
    /* swprintf fails (negative) when the output does not fit, unlike snprintf. */
    CHECK(swprintf(buffer, 4, L"%s", "too long") < 0);

    int number = 0;
    wchar_t word[16];
    char narrow_word[16];
    double value = 0;
    CHECK_EQ(swscanf(L" 17 wide narrow 1.25", L"%d %ls %s %lf", &number, word, narrow_word, &value),
             4);
    CHECK(number == 17 && wcscmp(word, L"wide") == 0 && strcmp(narrow_word, "narrow") == 0 &&
          value == 1.25);
    CHECK_EQ(swscanf(L"", L"%d", &number), EOF);
    CHECK_EQ(swscanf(L"abc", L"%d", &number), 0);
    CHECK_EQ(swscanf(L"key=val", L"%l[^=]=%ls", word, buffer), 2);
    CHECK(wcscmp(word, L"key") == 0 && wcscmp(buffer, L"val") == 0);
}

static void streams(void)
{
    char path[FILENAME_MAX];
    const char *directory = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/c17-wchar",
             directory != NULL && *directory ? directory : "/tmp");
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);

    FILE *file = fopen(path, "w+");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    /* A new stream has no orientation; the first wide function makes it wide, for good. */
    CHECK_EQ(fwide(file, 0), 0);
    CHECK_EQ(fputwc(0xe9, file), 0xe9);
    CHECK(fwide(file, 0) > 0);
    CHECK(fwide(file, -1) > 0);
    CHECK(fputws(L"t\u20ac\n", file) >= 0);
    CHECK_EQ(putwc(L'x', file), L'x');
    CHECK_EQ(fwprintf(file, L" %d %ls\n", 5, L"five"), 8);
    rewind(file);
    CHECK_EQ(fgetwc(file), 0xe9);
    CHECK_EQ(getwc(file), L't');
    CHECK_EQ(ungetwc(L'T', file), L'T');
    CHECK_EQ(fgetwc(file), L'T');
    wchar_t line[16];
    CHECK(fgetws(line, 16, file) == line && wcscmp(line, L"\u20ac\n") == 0);
    int number = 0;
    wchar_t word[8];
    CHECK_EQ(fwscanf(file, L"x %d %7ls", &number, word), 2);
    CHECK(number == 5 && wcscmp(word, L"five") == 0);
    CHECK_EQ(fgetwc(file), L'\n');
    CHECK(fgetwc(file) == WEOF && feof(file));
    fclose(file);

    /* The bytes in the file are UTF-8. */
    file = fopen(path, "rb");
    CHECK(file != NULL);
    if (file != NULL) {
        char bytes[32];
        size_t length = fread(bytes, 1, sizeof bytes, file);
        CHECK(length == 16 && memcmp(bytes, "\xc3\xa9t\xe2\x82\xac\nx 5 five\n", 16) == 0);
        fclose(file);
    }

    /* A byte stream stays a byte stream. */
    file = fopen(path, "r");
    CHECK(file != NULL);
    if (file != NULL) {
        CHECK(fwide(file, -1) < 0);
        CHECK(fwide(file, 1) < 0);
        CHECK(fgetc(file) == 0xc3);
        fclose(file);
    }
    remove(path);
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
}

int main(void)
{
    strings();
    numbers();
    conversions();
    formatted();
    streams();
    return check_summary();
}
