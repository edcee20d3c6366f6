/*
 * ISO C17 7.21 <stdio.h> on files: fopen's modes (r w a, +, b, x), fread/fwrite counts, the
 * file position (fseek from each origin, ftell, fgetpos/fsetpos, rewind), ungetc (one
 * character guaranteed, undone by a seek), the end-of-file and error indicators (feof, ferror,
 * clearerr), setvbuf's three modes, character and line functions (fgetc, getc, fputc, putc,
 * fgets, fputs), tmpfile, tmpnam, remove, rename, freopen and fflush. Scratch files go under
 * $TMPDIR, else /tmp.
 */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char scratch_a[FILENAME_MAX];
static char scratch_b[FILENAME_MAX];

static void scratch_name(char *out, const char *leaf)
{
    const char *directory = getenv("TMPDIR");
    if (directory == NULL || directory[0] == '\0')
        directory = "/tmp";
    snprintf(out, FILENAME_MAX, "%s/%s", directory, leaf);
}

/* The whole contents of a file, read back through a fresh stream. */
static int contents_are(const char *path, const char *expected)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return 0;
    char buffer[256];
    size_t length = fread(buffer, 1, sizeof buffer, file);
    fclose(file);
    return length == strlen(expected) && memcmp(buffer, expected, length) == 0;
}

static void modes(void)
{
    remove(scratch_a);
    /* r: the file must exist. */
    CHECK(fopen(scratch_a, "r") == NULL);
    CHECK(fopen(scratch_a, "r+") == NULL);

    /* w: create or truncate. */
    FILE *file = fopen(scratch_a, "w");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    CHECK(fputs("first line\n", file) >= 0);
    CHECK(fputs("second\n", file) >= 0);
    CHECK_EQ(fclose(file), 0);
    CHECK(contents_are(scratch_a, "first line\nsecond\n"));
    file = fopen(scratch_a, "wb");
    CHECK(file != NULL && fclose(file) == 0);
    CHECK(contents_are(scratch_a, ""));

    /* a: every write goes to the end, whatever the position. */
    file = fopen(scratch_a, "w");
    fputs("abc", file);
    fclose(file);
    file = fopen(scratch_a, "a+");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    CHECK_EQ(fseek(file, 0, SEEK_SET), 0);
    CHECK_EQ(fgetc(file), 'a'); /* a+ reads from anywhere */
    CHECK_EQ(fseek(file, 0, SEEK_SET), 0);
    fputs("def", file);
    fclose(file);
    CHECK(contents_are(scratch_a, "abcdef"));
    file = fopen(scratch_a, "ab");
    fputs("g", file);
    fclose(file);
    CHECK(contents_are(scratch_a, "abcdefg"));

    /* r+: read and write without truncating; a seek between reading and writing. */
    file = fopen(scratch_a, "r+");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    CHECK_EQ(fgetc(file), 'a');
    CHECK_EQ(fseek(file, 0, SEEK_CUR), 0);
    CHECK_EQ(fputc('B', file), 'B');
    CHECK_EQ(fseek(file, 0, SEEK_CUR), 0);
    CHECK_EQ(fgetc(file), 'c');
    fclose(file);
    CHECK(contents_are(scratch_a, "aBcdefg"));

    /* w+: truncates, then reads back what it wrote. */
    file = fopen(scratch_a, "w+b");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    fputs("xyz", file);
    rewind(file);
    char line[8];
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "xyz") == 0);
    fclose(file);

    /* x: exclusive creation fails when the file exists (C11). */
    CHECK(fopen(scratch_a, "wx") == NULL);
    remove(scratch_a);
    file = fopen(scratch_a, "wx");
    CHECK(file != NULL);
    if (file != NULL)
        fclose(file);
}

static void blocks_and_positions(void)
{
    FILE *file = fopen(scratch_a, "w+b");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    int numbers[100];
    for (int i = 0; i < 100; i++)
        numbers[i] = i * i;
    CHECK_EQ(fwrite(numbers, sizeof *numbers, 100, file), 100);
    CHECK_EQ(fwrite(numbers, sizeof *numbers, 0, file), 0);
    CHECK_EQ(fwrite(numbers, 0, 100, file), 0);
    CHECK_EQ(ftell(file), 400);

    CHECK_EQ(fseek(file, 40, SEEK_SET), 0);
    CHECK_EQ(ftell(file), 40);
    int value = 0;
    CHECK_EQ(fread(&value, sizeof value, 1, file), 1);
    CHECK_EQ(value, 100);
    CHECK_EQ(fseek(file, 4, SEEK_CUR), 0);
    CHECK_EQ(fread(&value, sizeof value, 1, file), 1);
    CHECK_EQ(value, 144);
    CHECK_EQ(fseek(file, -4, SEEK_END), 0);
    CHECK_EQ(fread(&value, sizeof value, 1, file), 1);
    CHECK_EQ(value, 99 * 99);
    /* A short read at the end: the count of whole elements, and the end-of-file indicator. */
    CHECK_EQ(fseek(file, -6, SEEK_END), 0);
    int pair[2];
    CHECK_EQ(fread(pair, sizeof *pair, 2, file), 1);
    CHECK(feof(file) && !ferror(file));
    /* A successful fseek clears end-of-file. */
    CHECK_EQ(fseek(file, 0, SEEK_SET), 0);
    CHECK(!feof(file));
    CHECK(fseek(file, -1, SEEK_SET) != 0); /* before the start */

    fpos_t position;
    CHECK_EQ(fseek(file, 12, SEEK_SET), 0);
    CHECK_EQ(fgetpos(file, &position), 0);
    CHECK_EQ(fread(&value, sizeof value, 1, file), 1);
    CHECK_EQ(value, 9);
    CHECK_EQ(fsetpos(file, &position), 0);
    CHECK_EQ(ftell(file), 12);
    CHECK_EQ(fread(&value, sizeof value, 1, file), 1);
    CHECK_EQ(value, 9);
    rewind(file);
    CHECK_EQ(ftell(file), 0);

    /* Seeking past the end and writing leaves zeros in the gap. */
    CHECK_EQ(fseek(file, 500, SEEK_SET), 0);
    CHECK_EQ(fputc('!', file), '!');
    CHECK_EQ(fseek(file, 450, SEEK_SET), 0);
    CHECK_EQ(fgetc(file), 0);
    CHECK_EQ(fseek(file, 0, SEEK_END), 0);
    CHECK_EQ(ftell(file), 501);
    fclose(file);
}

static void pushing_back(void)
{
    FILE *file = fopen(scratch_a, "w+");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    fputs("abc", file);
    rewind(file);
    CHECK_EQ(fgetc(file), 'a');
    CHECK_EQ(ungetc('X', file), 'X'); /* any character, not only the one read */
    CHECK_EQ(ftell(file), 0);
    CHECK_EQ(fgetc(file), 'X');
    CHECK_EQ(fgetc(file), 'b');
    CHECK_EQ(ungetc(EOF, file), EOF); /* pushing EOF fails and changes nothing */
    CHECK_EQ(fgetc(file), 'c');
    CHECK_EQ(fgetc(file), EOF);
    CHECK(feof(file));
    CHECK_EQ(ungetc('z', file), 'z'); /* clears end-of-file */
    CHECK(!feof(file));
    CHECK_EQ(getc(file), 'z');
    /* A seek discards pushed-back characters. */
    CHECK_EQ(ungetc('q', file), 'q');
    CHECK_EQ(fseek(file, 1, SEEK_SET), 0);
    CHECK_EQ(fgetc(file), 'b');
    fclose(file);
}

static void indicators(void)
{
    FILE *file = fopen(scratch_a, "w");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    /* Reading a stream open only for writing is an error. */
    CHECK_EQ(fgetc(file), EOF);
    CHECK(ferror(file));
    clearerr(file);
    CHECK(!ferror(file) && !feof(file));
    fclose(file);

    file = fopen(scratch_a, "r");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    CHECK_EQ(fgetc(file), EOF);
    CHECK(feof(file) && !ferror(file));
    clearerr(file);
    CHECK(!feof(file));
    CHECK_EQ(fputc('x', file), EOF);
    CHECK(ferror(file));
    fclose(file);
}

static void lines(void)
{
    FILE *file = fopen(scratch_a, "w+");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    CHECK(fputs("one\ntwo that is long\nlast", file) >= 0);
    CHECK_EQ(putc('\n', file), '\n');
    CHECK_EQ(fputc('x', file), 'x');
    rewind(file);
    char line[8];
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "one\n") == 0);
    /* At most n-1 characters, always terminated. */
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "two tha") == 0);
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "t is lo") == 0);
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "ng\n") == 0);
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "last\n") == 0);
    CHECK(fgets(line, sizeof line, file) == line && strcmp(line, "x") == 0);
    /* At end of file with nothing read: a null pointer and the array unchanged. */
    strcpy(line, "keep");
    CHECK(fgets(line, sizeof line, file) == NULL);
    CHECK(strcmp(line, "keep") == 0);
    CHECK(fgets(line, 1, file) == NULL || line[0] == '\0');
    fclose(file);
}

static void buffering(void)
{
    char buffer[64];
    const int kinds[] = {_IOFBF, _IOLBF, _IONBF};
    for (int i = 0; i < 3; i++) {
        FILE *file = fopen(scratch_a, "w+");
        CHECK(file != NULL);
        if (file == NULL)
            return;
        CHECK_EQ(setvbuf(file, kinds[i] == _IONBF ? NULL : buffer, kinds[i], sizeof buffer), 0);
        for (int j = 0; j < 100; j++)
            fputs("line\n", file);
        CHECK_EQ(fflush(file), 0);
        CHECK_EQ(ftell(file), 500);
        rewind(file);
        char line[16];
        int count = 0;
        while (fgets(line, sizeof line, file) != NULL)
            count += strcmp(line, "line\n") == 0;
        CHECK_EQ(count, 100);
        fclose(file);
    }
    /* A buffer of the library's choosing. */
    FILE *file = fopen(scratch_a, "w");
    CHECK(file != NULL && setvbuf(file, NULL, _IOFBF, 4096) == 0);
    CHECK(file != NULL && fputs("chosen", file) >= 0 && fclose(file) == 0);
    CHECK(contents_are(scratch_a, "chosen"));
    /* An invalid mode is refused. */
    file = fopen(scratch_a, "w");
    CHECK(file != NULL && setvbuf(file, NULL, _IOFBF + _IOLBF + _IONBF + 7, 64) != 0);
    if (file != NULL)
        fclose(file);
    CHECK(BUFSIZ >= 256);
    /* fflush(NULL) flushes every output stream. */
    CHECK_EQ(fflush(NULL), 0);
}

static void temporary_files(void)
{
    FILE *file = tmpfile();
    CHECK(file != NULL);
    if (file != NULL) {
        CHECK(fputs("temporary", file) >= 0);
        rewind(file);
        char text[16];
        CHECK(fgets(text, sizeof text, file) != NULL && strcmp(text, "temporary") == 0);
        CHECK_EQ(fclose(file), 0);
    }
    /* tmpnam: distinct names that are not files, TMP_MAX at least 25. */
    CHECK(TMP_MAX >= 25);
    char first[L_tmpnam], second[L_tmpnam];
    CHECK(tmpnam(first) == first);
    CHECK(tmpnam(second) == second);
    CHECK(strcmp(first, second) != 0);
    CHECK(fopen(first, "r") == NULL);
    char *internal = tmpnam(NULL);
    CHECK(internal != NULL && strcmp(internal, first) != 0);
}

static void names(void)
{
    FILE *file = fopen(scratch_a, "w");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    fputs("moved", file);
    fclose(file);
    remove(scratch_b);
    CHECK_EQ(rename(scratch_a, scratch_b), 0);
    CHECK(fopen(scratch_a, "r") == NULL);
    CHECK(contents_are(scratch_b, "moved"));
    CHECK(rename(scratch_a, scratch_b) != 0); /* the old name is gone */
    CHECK_EQ(remove(scratch_b), 0);
    CHECK(fopen(scratch_b, "r") == NULL);
    CHECK(remove(scratch_b) != 0);
}

static void reopening(void)
{
    FILE *file = fopen(scratch_a, "w");
    CHECK(file != NULL);
    if (file == NULL)
        return;
    fputs("before", file);
    /* freopen flushes and closes the old file, then opens the new one on the same stream. */
    FILE *again = freopen(scratch_b, "w", file);
    CHECK(again == file);
    if (again == NULL)
        return;
    fputs("after", again);
    CHECK_EQ(fclose(again), 0);
    CHECK(contents_are(scratch_a, "before"));
    CHECK(contents_are(scratch_b, "after"));
    remove(scratch_a);
    remove(scratch_b);
}

int main(void)
{
    scratch_name(scratch_a, "c17-stdio-files-a");
    scratch_name(scratch_b, "c17-stdio-files-b");
    modes();
    blocks_and_positions();
    pushing_back();
    indicators();
    lines();
    buffering();
    temporary_files();
    names();
    reopening();
    return check_summary();
}
