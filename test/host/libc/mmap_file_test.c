/*
 * Tests of KOITO-libc's file mappings (host tests; libc/src/mman, mman_file.h): mmap() of a
 * regular file over the host port, which forwards pread, pwrite, fstat and fcntl to Linux, so the
 * write-back of shared mappings is checked on real files: private copies that never reach the
 * file, shared ones whose changed pages msync() and munmap() write back (and only those, and
 * never past the file's end), munmap of a mapping's head, tail and middle, the mapping outliving
 * the program's descriptor, and every refusal: EINVAL, EBADF, ENODEV, EACCES.
 */
#define _GNU_SOURCE
#include "check.h"
#include "port_host.h"
#include "under_test.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

void *koito_test_mmap(void *address, size_t length, int protection, int flags, int descriptor,
                      long long offset);
int koito_test_munmap(void *address, size_t length);
int koito_test_mprotect(void *address, size_t length, int protection);
int koito_test_msync(void *address, size_t length, int flags);

#define PAGE 4096

static char path[] = "/tmp/koito-mmap-test.XXXXXX";

/* A fresh file of size bytes, byte i being (i * 7) % 251; its descriptor opened with flags. */
static int fresh_file(size_t size, int flags)
{
    int fd = open(path, O_RDWR | O_TRUNC);
    for (size_t i = 0; i < size; i++) {
        unsigned char byte = (unsigned char)(i * 7 % 251);
        if (write(fd, &byte, 1) != 1)
            break;
    }
    close(fd);
    return open(path, flags);
}

static unsigned char file_byte(size_t offset)
{
    unsigned char byte = 0;
    int fd = open(path, O_RDONLY);
    if (pread(fd, &byte, 1, (off_t)offset) != 1)
        byte = 0xee;
    close(fd);
    return byte;
}

static off_t file_size(void)
{
    int fd = open(path, O_RDONLY);
    off_t size = lseek(fd, 0, SEEK_END);
    close(fd);
    return size;
}

/* MAP_PRIVATE: the file's bytes from the offset, zeros past its end, changes stay private. */
static void test_private(void)
{
    int fd = fresh_file(3 * PAGE + 100, O_RDONLY);
    unsigned char *map =
        koito_test_mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, PAGE);
    CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED)
        return;
    CHECK_EQ(map[0], PAGE * 7 % 251);
    CHECK_EQ(map[2 * PAGE + 99], (3 * PAGE + 99) * 7 % 251);
    CHECK_EQ(map[2 * PAGE + 100], 0); /* past the end of the file */
    CHECK_EQ(map[3 * PAGE - 1], 0);
    map[0] = 0xaa;
    CHECK_EQ(koito_test_msync(map, 3 * PAGE, MS_SYNC), 0);
    CHECK_EQ(koito_test_munmap(map, 3 * PAGE), 0);
    CHECK_EQ(file_byte(PAGE), PAGE * 7 % 251);
    map = koito_test_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
    CHECK(map != MAP_FAILED);
    CHECK_EQ(koito_test_mprotect(map, PAGE, PROT_READ | PROT_WRITE), 0); /* private: allowed */
    CHECK_EQ(koito_test_munmap(map, PAGE), 0);
    close(fd);
}

/* MAP_SHARED: msync and munmap write back the changed pages, never past the file's end, and the
 * mapping outlives the program's descriptor. */
static void test_shared(void)
{
    int fd = fresh_file(2 * PAGE + 10, O_RDWR);
    unsigned char *map = koito_test_mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED)
        return;
    close(fd); /* the mapping keeps the file */
    map[5] = 0x11;
    CHECK_EQ(file_byte(5), 5 * 7 % 251); /* not coherent: written back at msync */
    CHECK_EQ(koito_test_msync(map, PAGE, MS_SYNC), 0);
    CHECK_EQ(file_byte(5), 0x11);
    /* A write() to an unchanged page survives the mapping's write-back. */
    int writer = open(path, O_WRONLY);
    unsigned char byte = 0x22;
    CHECK_EQ(pwrite(writer, &byte, 1, PAGE + 1), 1);
    close(writer);
    map[2 * PAGE + 9] = 0x33;  /* the file's last byte */
    map[2 * PAGE + 10] = 0x44; /* past its end: never written */
    map[6] = 0x55;
    CHECK_EQ(koito_test_munmap(map, 3 * PAGE), 0);
    CHECK_EQ(file_byte(6), 0x55);
    CHECK_EQ(file_byte(PAGE + 1), 0x22);
    CHECK_EQ(file_byte(2 * PAGE + 9), 0x33);
    CHECK_EQ(file_size(), 2 * PAGE + 10);
}

/* munmap of a shared mapping's head, middle and tail: what stays mapped still writes back. */
static void test_shared_partial_unmap(void)
{
    int fd = fresh_file(5 * PAGE, O_RDWR);
    unsigned char *map = koito_test_mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED)
        return;
    close(fd);
    for (int page = 0; page < 5; page++)
        map[page * PAGE] = (unsigned char)(0x60 + page);
    CHECK_EQ(koito_test_munmap(map + 2 * PAGE, PAGE), 0); /* the middle: a split */
    CHECK_EQ(file_byte(2 * PAGE), 0x62);
    CHECK_EQ(file_byte(3 * PAGE), 3 * PAGE * 7 % 251); /* not yet */
    CHECK_EQ(koito_test_munmap(map, PAGE), 0);         /* the head */
    CHECK_EQ(file_byte(0), 0x60);
    CHECK_EQ(koito_test_munmap(map + 4 * PAGE, PAGE), 0); /* the tail */
    CHECK_EQ(file_byte(4 * PAGE), 0x64);
    map[PAGE + 1] = 0x71;
    map[3 * PAGE + 1] = 0x73;
    CHECK_EQ(koito_test_msync(map + PAGE, PAGE, MS_ASYNC), 0);
    CHECK_EQ(file_byte(PAGE + 1), 0x71);
    CHECK_EQ(file_byte(3 * PAGE + 1), (3 * PAGE + 1) * 7 % 251); /* outside the range */
    CHECK_EQ(koito_test_munmap(map + PAGE, PAGE), 0);
    CHECK_EQ(koito_test_munmap(map + 3 * PAGE, PAGE), 0);
    CHECK_EQ(file_byte(3 * PAGE), 0x63);
    CHECK_EQ(file_byte(3 * PAGE + 1), 0x73);
}

/* Every refusal, each leaving nothing mapped and nothing written. */
static void test_refusals(void)
{
    int read_only = fresh_file(PAGE, O_RDONLY);
    int write_only = open(path, O_WRONLY);
    int pipe_ends[2];
    CHECK_EQ(pipe(pipe_ends), 0);
    struct {
        int protection, flags, descriptor;
        long long offset;
        int error;
    } refused[] = {
        {PROT_READ, MAP_PRIVATE, read_only, 100, EINVAL},
        {PROT_READ, MAP_PRIVATE, read_only, -PAGE, EINVAL},
        {PROT_READ, MAP_PRIVATE, -1, 0, EBADF},
        {PROT_READ, MAP_SHARED, 999, 0, EBADF},
        {PROT_READ, MAP_PRIVATE, pipe_ends[0], 0, ENODEV},
        {PROT_READ, MAP_SHARED, write_only, 0, EACCES},
        {PROT_READ | PROT_WRITE, MAP_SHARED, read_only, 0, EACCES},
        {PROT_WRITE | PROT_EXEC, MAP_PRIVATE, read_only, 0, EACCES},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        CHECK(koito_test_mmap(NULL, PAGE, refused[i].protection, refused[i].flags,
                              refused[i].descriptor, refused[i].offset) == MAP_FAILED);
        CHECK_EQ(KERRNO, refused[i].error);
    }
    /* A read-only shared mapping of a file not open for writing cannot become writable. */
    unsigned char *map = koito_test_mmap(NULL, PAGE, PROT_READ, MAP_SHARED, read_only, 0);
    CHECK(map != MAP_FAILED);
    CHECK_EQ(koito_test_mprotect(map, PAGE, PROT_READ | PROT_WRITE), -1);
    CHECK_EQ(KERRNO, EACCES);
    CHECK_EQ(koito_test_mprotect(map, PAGE, PROT_READ), 0);
    CHECK_EQ(koito_test_munmap(map, PAGE), 0);
    /* A refused msync changes nothing: munmap still writes the change back. */
    close(read_only);
    int fd = fresh_file(PAGE, O_RDWR);
    map = koito_test_mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(map != MAP_FAILED);
    map[0] = 0x99;
    CHECK_EQ(koito_test_msync(map + 1, PAGE, MS_SYNC), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_munmap(map, PAGE), 0);
    CHECK_EQ(file_byte(0), 0x99);
    close(fd);
    close(write_only);
    close(pipe_ends[0]);
    close(pipe_ends[1]);
}

int main(void)
{
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("mkstemp");
        return 1;
    }
    close(fd);
    test_private();
    test_shared();
    test_shared_partial_unmap();
    test_refusals();
    unlink(path);
    return check_summary();
}
