/*
 * The POSIX server suite: mmap() of files (test/guest/posix; libc/src/mman). Files of the
 * server's tmpfs and its initrd root mapped private and shared: the bytes arrive, zeros past the
 * end, private changes stay private, shared ones reach the file at msync() and munmap() (also
 * after the program closed its descriptor, and never past the file's end), and every refusal the
 * descriptor's kind and open flags call for.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE 4096
#define PATH "/tmp/mapped"

/* A fresh /tmp file of size bytes, byte i being i % 253; its descriptor opened with flags. */
static int mapped_file(size_t size, int flags)
{
    static unsigned char pattern[3 * PAGE];
    for (size_t i = 0; i < sizeof pattern; i++)
        pattern[i] = (unsigned char)(i % 253);
    int fd = open(PATH, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK(fd >= 0 && size <= sizeof pattern);
    GUEST_CHECK_EQ(write(fd, pattern, size), (ssize_t)size);
    close(fd);
    return open(PATH, flags);
}

static int file_byte(size_t offset)
{
    unsigned char byte = 0;
    int fd = open(PATH, O_RDONLY);
    ssize_t got = pread(fd, &byte, 1, (off_t)offset);
    close(fd);
    return got == 1 ? byte : -1;
}

static void test_private_file(void)
{
    int fd = mapped_file(2 * PAGE + 5, O_RDONLY);
    unsigned char *map = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, PAGE);
    GUEST_CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED)
        return;
    GUEST_CHECK_EQ(map[0], PAGE % 253);
    GUEST_CHECK_EQ(map[PAGE + 4], (2 * PAGE + 4) % 253); /* the file's last byte */
    GUEST_CHECK_EQ(map[PAGE + 5], 0);                    /* past the end of the file */
    GUEST_CHECK_EQ(map[2 * PAGE - 1], 0);
    map[0] = 0xaa;
    GUEST_CHECK_EQ(msync(map, 2 * PAGE, MS_SYNC), 0);
    GUEST_CHECK_EQ(munmap(map, 2 * PAGE), 0);
    GUEST_CHECK_EQ(file_byte(PAGE), PAGE % 253);
    close(fd);
}

/* The initrd root is read-only: a private mapping of one of its files can still be written. */
static void test_private_initrd_file(void)
{
    int fd = open("/etc/greeting", O_RDONLY);
    char first[8] = {0};
    GUEST_CHECK_EQ(read(fd, first, sizeof first), (ssize_t)sizeof first);
    char *map = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
    GUEST_CHECK(map != MAP_FAILED);
    close(fd);
    if (map == MAP_FAILED)
        return;
    GUEST_CHECK(memcmp(map, first, sizeof first) == 0);
    GUEST_CHECK_EQ(mprotect(map, PAGE, PROT_READ | PROT_WRITE), 0);
    map[0] = 'X';
    GUEST_CHECK_EQ(munmap(map, PAGE), 0);
}

static void test_shared_file(void)
{
    int fd = mapped_file(PAGE + 10, O_RDWR);
    unsigned char *map = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    GUEST_CHECK(map != MAP_FAILED);
    close(fd); /* the mapping keeps the file */
    if (map == MAP_FAILED)
        return;
    map[3] = 0x11;
    GUEST_CHECK_EQ(msync(map, PAGE, MS_SYNC), 0);
    GUEST_CHECK_EQ(file_byte(3), 0x11);
    map[PAGE + 9] = 0x22;  /* the file's last byte */
    map[PAGE + 10] = 0x33; /* past its end: never written */
    GUEST_CHECK_EQ(munmap(map + PAGE, PAGE), 0);
    GUEST_CHECK_EQ(file_byte(PAGE + 9), 0x22);
    struct stat status;
    GUEST_CHECK_EQ(stat(PATH, &status), 0);
    GUEST_CHECK_EQ(status.st_size, PAGE + 10);
    map[4] = 0x44;
    GUEST_CHECK_EQ(munmap(map, PAGE), 0);
    GUEST_CHECK_EQ(file_byte(4), 0x44);
    GUEST_CHECK_EQ(file_byte(3), 0x11);
}

static void test_mmap_refusals(void)
{
    int read_only = mapped_file(PAGE, O_RDONLY);
    int write_only = open(PATH, O_WRONLY);
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    GUEST_CHECK(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, read_only, 1) == MAP_FAILED);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 77, 0) == MAP_FAILED);
    GUEST_CHECK_EQ(errno, EBADF);
    GUEST_CHECK(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, ends[0], 0) == MAP_FAILED);
    GUEST_CHECK_EQ(errno, ENODEV);
    GUEST_CHECK(mmap(NULL, PAGE, PROT_READ, MAP_SHARED, 0, 0) == MAP_FAILED); /* the console */
    GUEST_CHECK_EQ(errno, ENODEV);
    GUEST_CHECK(mmap(NULL, PAGE, PROT_READ, MAP_SHARED, write_only, 0) == MAP_FAILED);
    GUEST_CHECK_EQ(errno, EACCES);
    GUEST_CHECK(mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, read_only, 0) == MAP_FAILED);
    GUEST_CHECK_EQ(errno, EACCES);
    void *map = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, read_only, 0);
    GUEST_CHECK(map != MAP_FAILED);
    GUEST_CHECK_EQ(mprotect(map, PAGE, PROT_READ | PROT_WRITE), -1);
    GUEST_CHECK_EQ(errno, EACCES);
    GUEST_CHECK_EQ(munmap(map, PAGE), 0);
    close(read_only);
    close(write_only);
    close(ends[0]);
    close(ends[1]);
    unlink(PATH);
}

const struct guest_test mmap_tests[] = {
    {"MAP_PRIVATE of a file: its bytes, zeros past the end", test_private_file},
    {"MAP_PRIVATE of an initrd file, made writable", test_private_initrd_file},
    {"MAP_SHARED: msync and munmap write back", test_shared_file},
    {"mmap of files: EINVAL, EBADF, ENODEV, EACCES", test_mmap_refusals},
};
const unsigned mmap_test_count = sizeof mmap_tests / sizeof mmap_tests[0];
