/*
 * Tests of KOITO-libc's stdio (host tests): memory streams (fmemopen in
 * every mode, open_memstream), buffering modes, switching between reading
 * and writing, ungetc, seeking, getline/getdelim/fgets, files through the
 * host port (fopen, freopen, tmpfile, remove, rename), formatted output to
 * streams and descriptors, and stream locks under threads.
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define K_SEEK_SET 0
#define K_SEEK_CUR 1
#define K_SEEK_END 2
#define K_IOFBF    0
#define K_IOLBF    1
#define K_IONBF    2
#define K_EOF      (-1)

static void test_fmemopen_read(void)
{
    char text[] = "line one\nline two\nlast";
    KFILE *stream = koito_test_fmemopen(text, strlen(text), "r");
    CHECK(stream != NULL);
    char line[64];
    CHECK(koito_test_fgets(line, sizeof line, stream) == line);
    CHECK(strcmp(line, "line one\n") == 0);
    CHECK(koito_test_fgetc(stream) == 'l');
    CHECK(koito_test_ungetc('X', stream) == 'X');
    CHECK(koito_test_ungetc('Y', stream) == 'Y');
    CHECK(koito_test_ftell(stream) == 8); /* two pushed back from 10 */
    CHECK(koito_test_fgetc(stream) == 'Y' && koito_test_fgetc(stream) == 'X');
    CHECK(koito_test_fgets(line, sizeof line, stream) == line);
    CHECK(strcmp(line, "ine two\n") == 0);
    CHECK(koito_test_fgets(line, 3, stream) == line && strcmp(line, "la") == 0);
    CHECK(koito_test_fgets(line, sizeof line, stream) == line && strcmp(line, "st") == 0);
    CHECK(koito_test_feof(stream));
    CHECK(koito_test_fgets(line, sizeof line, stream) == NULL);
    CHECK(koito_test_fgetc(stream) == K_EOF);
    CHECK(koito_test_fseek(stream, -4, K_SEEK_END) == 0);
    CHECK(!koito_test_feof(stream));
    CHECK(koito_test_fgetc(stream) == 'l');
    CHECK(koito_test_fseek(stream, 5, K_SEEK_SET) == 0 && koito_test_fgetc(stream) == 'o');
    CHECK(koito_test_fseek(stream, 2, K_SEEK_CUR) == 0 && koito_test_fgetc(stream) == '\n');
    KERRNO = 0;
    CHECK(koito_test_fseek(stream, 100, K_SEEK_SET) == -1 && KERRNO == EINVAL);
    CHECK(koito_test_fseek(stream, 0, 7) == -1);
    /* Writing to a read-only stream fails and sets the error flag. */
    CHECK(koito_test_fputc('z', stream) == K_EOF && koito_test_ferror(stream));
    koito_test_clearerr(stream);
    CHECK(!koito_test_ferror(stream));
    koito_test_rewind(stream);
    char all[64] = {0};
    CHECK(koito_test_fread(all, 1, sizeof all, stream) == strlen(text));
    CHECK(memcmp(all, text, strlen(text)) == 0);
    CHECK(koito_test_fileno(stream) == -1);
    CHECK(koito_test_fclose(stream) == 0);
}

static void test_fmemopen_write(void)
{
    char buffer[16];
    memset(buffer, 'x', sizeof buffer);
    KFILE *stream = koito_test_fmemopen(buffer, sizeof buffer, "w");
    CHECK(buffer[0] == '\0');
    CHECK(koito_test_fputs("hello", stream) == 0);
    CHECK(buffer[0] == '\0'); /* still in the stream's buffer */
    CHECK(koito_test_fflush(stream) == 0);
    CHECK(strcmp(buffer, "hello") == 0);
    CHECK(koito_test_fprintf(stream, " %d", 42) == 3);
    CHECK(koito_test_ftell(stream) == 8);
    CHECK(koito_test_fseek(stream, 0, K_SEEK_SET) == 0);
    CHECK(strcmp(buffer, "hello 42") == 0);
    CHECK(koito_test_fputc('J', stream) == 'J');
    CHECK(koito_test_fclose(stream) == 0);
    CHECK(strcmp(buffer, "Jello 42") == 0);

    /* A full buffer: the bytes that fit land, then an error. */
    stream = koito_test_fmemopen(buffer, 4, "w");
    CHECK(koito_test_setvbuf(stream, NULL, K_IONBF, 0) == 0);
    CHECK(koito_test_fputs("abcdef", stream) == K_EOF);
    CHECK(koito_test_ferror(stream));
    CHECK(memcmp(buffer, "abcd", 4) == 0);
    koito_test_fclose(stream);

    /* Append mode starts at the first NUL and always writes at the end. */
    strcpy(buffer, "abc");
    stream = koito_test_fmemopen(buffer, sizeof buffer, "a+");
    CHECK(koito_test_ftell(stream) == 3);
    CHECK(koito_test_fputs("de", stream) == 0);
    CHECK(koito_test_fseek(stream, 0, K_SEEK_SET) == 0);
    CHECK(koito_test_fgetc(stream) == 'a');
    CHECK(koito_test_fputs("f", stream) == 0);
    koito_test_fclose(stream);
    CHECK(strcmp(buffer, "abcdef") == 0);

    /* r+: reading and writing alternate without fflush or fseek between. */
    strcpy(buffer, "0123456789");
    stream = koito_test_fmemopen(buffer, 10, "r+");
    CHECK(koito_test_fgetc(stream) == '0' && koito_test_fgetc(stream) == '1');
    CHECK(koito_test_fputc('X', stream) == 'X');
    CHECK(koito_test_fgetc(stream) == '3');
    CHECK(koito_test_ftell(stream) == 4);
    koito_test_fclose(stream);
    CHECK(memcmp(buffer, "01X3456789", 10) == 0);

    /* A NULL buffer is the stream's own. */
    stream = koito_test_fmemopen(NULL, 32, "w+");
    CHECK(stream != NULL);
    CHECK(koito_test_fputs("scratch", stream) == 0);
    koito_test_rewind(stream);
    char line[16] = {0};
    CHECK(koito_test_fread(line, 1, 7, stream) == 7 && strcmp(line, "scratch") == 0);
    koito_test_fclose(stream);
    KERRNO = 0;
    CHECK(koito_test_fmemopen(buffer, 0, "r") == NULL && KERRNO == EINVAL);
    CHECK(koito_test_fmemopen(buffer, 4, "q") == NULL && KERRNO == EINVAL);
}

static void test_open_memstream(void)
{
    char *data = NULL;
    size_t size = 99;
    KFILE *stream = koito_test_open_memstream(&data, &size);
    CHECK(stream != NULL && data != NULL && size == 0);
    for (int i = 0; i < 1000; i++) {
        CHECK(koito_test_fprintf(stream, "%d,", i) > 0);
    }
    CHECK(koito_test_fflush(stream) == 0);
    CHECK(size == strlen(data));
    CHECK(strncmp(data, "0,1,2,", 6) == 0 && strcmp(data + size - 4, "999,") == 0);
    CHECK(koito_test_fseek(stream, 2, K_SEEK_SET) == 0);
    CHECK(size == 2); /* the smaller of length and position */
    CHECK(koito_test_fputc('#', stream) == '#');
    CHECK(koito_test_fseek(stream, 0, K_SEEK_END) == 0);
    CHECK(koito_test_fgetc(stream) == K_EOF); /* write-only */
    koito_test_clearerr(stream);
    CHECK(koito_test_fseek(stream, 10, K_SEEK_END) == 0);
    CHECK(koito_test_fputs("end", stream) == 0);
    CHECK(koito_test_fclose(stream) == 0);
    CHECK(data[2] == '#');
    CHECK(size > 17 && memcmp(data + size - 17, "999,", 4) == 0);
    CHECK(data[size - 9] == '\0' && strcmp(data + size - 3, "end") == 0);
    CHECK(data[size] == '\0');
    koito_test_free(data);
}

static void test_buffering(void)
{
    char target[64];
    memset(target, 0, sizeof target);
    KFILE *stream = koito_test_fmemopen(target, sizeof target, "w");
    char buffer[8];
    CHECK(koito_test_setvbuf(stream, buffer, K_IOLBF, sizeof buffer) == 0);
    CHECK(koito_test_fputs("ab", stream) == 0);
    CHECK(target[0] == '\0');
    CHECK(koito_test_fputs("c\nd", stream) == 0); /* a newline flushes */
    CHECK(strcmp(target, "abc\nd") == 0);
    CHECK(koito_test_fputs("efghijklmn", stream) == 0); /* larger than the buffer */
    CHECK(strcmp(target, "abc\ndefghijklmn") == 0);
    CHECK(koito_test_setvbuf(stream, NULL, K_IONBF, 0) == 0);
    CHECK(koito_test_fputc('!', stream) == '!');
    CHECK(strcmp(target, "abc\ndefghijklmn!") == 0);
    CHECK(koito_test_setvbuf(stream, NULL, K_IOFBF, 4) == 0); /* a buffer of its own */
    CHECK(koito_test_fputs("xyz", stream) == 0);
    CHECK(strcmp(target, "abc\ndefghijklmn!") == 0);
    CHECK(koito_test_fputs("w", stream) == 0);
    CHECK(koito_test_fputs("v", stream) == 0); /* the full buffer went out */
    CHECK(strcmp(target, "abc\ndefghijklmn!xyzw") == 0);
    CHECK(koito_test_setvbuf(stream, NULL, 42, 0) == -1);
    koito_test_fclose(stream);
    CHECK(strcmp(target, "abc\ndefghijklmn!xyzwv") == 0);

    /* Unbuffered reading takes one byte at a time from the transport. */
    char text[] = "abcdef";
    stream = koito_test_fmemopen(text, 6, "r");
    koito_test_setvbuf(stream, NULL, K_IONBF, 0);
    CHECK(koito_test_fgetc(stream) == 'a');
    text[1] = 'B'; /* not yet read, so the change shows */
    CHECK(koito_test_fgetc(stream) == 'B');
    koito_test_fclose(stream);
}

static void test_getline(void)
{
    char text[300];
    memset(text, 'q', sizeof text);
    memcpy(text, "short\n", 6);
    text[250] = '\n';
    KFILE *stream = koito_test_fmemopen(text, sizeof text, "r");
    char *line = NULL;
    size_t capacity = 0;
    CHECK(koito_test_getline(&line, &capacity, stream) == 6 && strcmp(line, "short\n") == 0);
    CHECK(koito_test_getline(&line, &capacity, stream) == 245);
    CHECK(capacity > 245 && line[244] == '\n' && line[245] == '\0');
    CHECK(koito_test_getdelim(&line, &capacity, 'x', stream) == 49);
    CHECK(koito_test_getline(&line, &capacity, stream) == -1);
    CHECK(koito_test_feof(stream));
    KERRNO = 0;
    CHECK(koito_test_getline(NULL, &capacity, stream) == -1 && KERRNO == EINVAL);
    koito_test_free(line);
    koito_test_fclose(stream);
}

static char temporary[64];

static void test_files(void)
{
    snprintf(temporary, sizeof temporary, "/tmp/koito-stdio-test-%d", (int)getpid());
    KFILE *stream = koito_test_fopen(temporary, "w");
    CHECK(stream != NULL);
    for (int i = 0; i < 5000; i++) {
        koito_test_fprintf(stream, "%04d\n", i);
    }
    CHECK(koito_test_fclose(stream) == 0);

    stream = koito_test_fopen(temporary, "r+");
    CHECK(stream != NULL && koito_test_fileno(stream) >= 0);
    char line[16];
    CHECK(koito_test_fseek(stream, 5 * 4321, K_SEEK_SET) == 0);
    CHECK(koito_test_fgets(line, sizeof line, stream) && strcmp(line, "4321\n") == 0);
    CHECK(koito_test_fputs("ABCD", stream) == 0); /* overwrites 4322 after reading */
    koito_fpos_t position;
    CHECK(koito_test_fgetpos(stream, &position) == 0 && position.position == 5 * 4323 - 1);
    CHECK(koito_test_fseek(stream, 0, K_SEEK_END) == 0 && koito_test_ftell(stream) == 25000);
    CHECK(koito_test_fsetpos(stream, &position) == 0);
    CHECK(koito_test_fgetc(stream) == '\n');
    CHECK(koito_test_fclose(stream) == 0);

    stream = koito_test_fopen(temporary, "a+");
    CHECK(koito_test_fputs("tail\n", stream) == 0);
    koito_test_rewind(stream);
    CHECK(koito_test_fgets(line, sizeof line, stream) && strcmp(line, "0000\n") == 0);
    CHECK(koito_test_fclose(stream) == 0);

    int descriptor = open(temporary, O_RDONLY);
    char check[32];
    CHECK(pread(descriptor, check, 10, 5 * 4322) == 10 && memcmp(check, "ABCD\n4323\n", 10) == 0);
    CHECK(pread(descriptor, check, 5, 25000) == 5 && memcmp(check, "tail\n", 5) == 0);
    close(descriptor);

    char renamed[80];
    snprintf(renamed, sizeof renamed, "%s.renamed", temporary);
    CHECK(koito_test_rename(temporary, renamed) == 0);
    KERRNO = 0;
    CHECK(koito_test_fopen(temporary, "r") == NULL && KERRNO == ENOENT);
    CHECK(koito_test_fopen(renamed, "wx") == NULL && KERRNO == EEXIST);
    CHECK(koito_test_fopen(renamed, "z") == NULL && KERRNO == EINVAL);
    stream = koito_test_fopen(renamed, "r");
    CHECK(koito_test_freopen(renamed, "w", stream) == stream);
    CHECK(koito_test_fputs("replaced", stream) == 0);
    CHECK(koito_test_fclose(stream) == 0);
    descriptor = open(renamed, O_RDONLY);
    CHECK(read(descriptor, check, sizeof check) == 8 && memcmp(check, "replaced", 8) == 0);
    close(descriptor);
    CHECK(koito_test_remove(renamed) == 0);
    CHECK(koito_test_remove(renamed) == -1 && KERRNO == ENOENT);
    /* remove() takes directories too, empty ones only. */
    char inner[128];
    snprintf(inner, sizeof inner, "%s/inner", renamed);
    CHECK(mkdir(renamed, 0700) == 0);
    CHECK(mkdir(inner, 0700) == 0);
    CHECK(koito_test_remove(renamed) == -1 && KERRNO == ENOTEMPTY);
    CHECK(koito_test_remove(inner) == 0);
    CHECK(koito_test_remove(renamed) == 0);
    CHECK(access(renamed, F_OK) == -1);

    stream = koito_test_tmpfile();
    CHECK(stream != NULL);
    CHECK(koito_test_fputs("temporary", stream) == 0);
    koito_test_rewind(stream);
    CHECK(koito_test_fgets(line, sizeof line, stream) && strcmp(line, "temporary") == 0);
    CHECK(koito_test_fclose(stream) == 0);
    char name_a[32];
    char name_b[32];
    CHECK(strcmp(koito_test_tmpnam(name_a), koito_test_tmpnam(name_b)) != 0);

    int pipe_ends[2];
    CHECK(pipe(pipe_ends) == 0);
    CHECK(koito_test_dprintf(pipe_ends[1], "%s=%d", "answer", 42) == 9);
    CHECK(read(pipe_ends[0], check, sizeof check) == 9 && memcmp(check, "answer=42", 9) == 0);
    stream = koito_test_fdopen(pipe_ends[0], "r");
    KERRNO = 0;
    CHECK(koito_test_fseek(stream, 0, K_SEEK_SET) == -1 && KERRNO == ESPIPE);
    koito_test_fclose(stream);
    close(pipe_ends[1]);
}

static KFILE *shared;

static void *write_lines(void *argument)
{
    char letter = (char)(long)argument;
    for (int i = 0; i < 2000; i++) {
        koito_test_flockfile(shared);
        for (int j = 0; j < 9; j++) {
            koito_test_putc_unlocked(letter, shared);
        }
        koito_test_putc_unlocked('\n', shared);
        koito_test_funlockfile(shared);
        koito_test_fprintf(shared, "%c%c%c%c%c%c%c%c%c\n", letter, letter, letter, letter, letter,
                           letter, letter, letter, letter);
    }
    return NULL;
}

/* Four threads write whole lines; the locks keep every line whole. */
static void test_locking(void)
{
    char *data = NULL;
    size_t size = 0;
    shared = koito_test_open_memstream(&data, &size);
    pthread_t threads[4];
    for (long i = 0; i < 4; i++) {
        pthread_create(&threads[i], NULL, write_lines, (void *)('a' + i));
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
    }
    CHECK(koito_test_ftrylockfile(shared) == 0);
    CHECK(koito_test_ftrylockfile(shared) == 0); /* recursive */
    koito_test_funlockfile(shared);
    koito_test_funlockfile(shared);
    koito_test_fclose(shared);
    CHECK(size == 4 * 2 * 2000 * 10);
    int whole = 1;
    for (size_t line = 0; line < size / 10; line++) {
        const char *start = data + line * 10;
        for (int j = 1; j < 9; j++) {
            whole &= start[j] == start[0];
        }
        whole &= start[9] == '\n';
    }
    CHECK(whole);
    koito_test_free(data);
}

int main(void)
{
    test_fmemopen_read();
    test_fmemopen_write();
    test_open_memstream();
    test_buffering();
    test_getline();
    test_files();
    test_locking();
    return check_summary();
}
