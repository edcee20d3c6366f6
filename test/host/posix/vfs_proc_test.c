/*
 * Host unit tests of /proc in the VFS core (koito/posix/vfs/vfs_proc.c, vfs_proc_format.c): the
 * directories follow the source's list, each file's text, "self", a process that ends, the
 * read-only errors, and the texts cut at their capacity.
 */
#include "test_support.h"

#include <check.h>
#include <errno.h>
#include <koito/protocol/posix.h>
#include <stdio.h>
#include <string.h>

static struct test_world world;
#define V       (&world.vfs)
#define P       (&world.process)
#define S(text) text, strlen(text)

/* The fake source: processes 1 (the test's own), 7 (a child of 1) and 9 (a zombie). */
static uint32_t listed[8];
static size_t listed_count;
static bool memory_known;

static size_t fake_list(void *context, uint32_t *pids, size_t capacity)
{
    (void)context;
    size_t count = listed_count < capacity ? listed_count : capacity;
    memcpy(pids, listed, count * sizeof pids[0]);
    return count;
}

static bool fake_describe(void *context, uint32_t pid, struct vfs_proc_info *info)
{
    (void)context;
    for (size_t i = 0; i < listed_count; i++) {
        if (listed[i] != pid)
            continue;
        static const char arguments[] = "prog\0-x\0two words";
        *info = (struct vfs_proc_info){
            .pid = pid,
            .parent = pid == 1 ? 0 : 1,
            .group = pid == 7 ? 5 : pid,
            .session = 1,
            .state = pid == 9   ? 'Z'
                     : pid == 7 ? 'S'
                                : 'R',
            .console = pid != 7,
            .name = pid == 1 ? "koito-sh" : "prog",
            .arguments = arguments,
            .arguments_length = sizeof arguments,
            /* Nanoseconds: shown in 1/100 s, rounded down. */
            .cpu_time = pid == 7 ? 1234567890u : 0,
            .children_cpu_time = pid == 1 ? 20000000u : 0,
        };
        return true;
    }
    return false;
}

static bool fake_memory(void *context, uint64_t *total, uint64_t *free)
{
    (void)context;
    *total = 8u << 20;
    *free = 6u << 20;
    return memory_known;
}

static void proc_world(void)
{
    test_world_init(&world);
    world.process.pid = 1;
    world.vfs.proc = (struct vfs_proc_source){NULL, fake_list, fake_describe, fake_memory};
    listed[0] = 7;
    listed[1] = 1;
    listed[2] = 9;
    listed[3] = 7; /* listed twice: shown once */
    listed_count = 4;
    memory_known = true;
}

/* The whole text of path, NUL-terminated; its length or -errno. */
static long read_all(const char *path, char *text, size_t capacity)
{
    int fd = test_open(&world, path, KOITO_POSIX_OPEN_RDONLY, 0);
    if (fd < 0)
        return fd;
    size_t length = 0;
    long count;
    /* Small reads: the text is made again for every one and read on from the position. */
    while ((count = vfs_read(V, P, (uint64_t)fd, (uint8_t *)text + length,
                             capacity - 1 - length < 5 ? capacity - 1 - length : 5)) > 0)
        length += (size_t)count;
    vfs_close(P, (uint64_t)fd);
    text[length] = '\0';
    return count < 0 ? count : (long)length;
}

/* The names /proc lists, each followed by a blank. */
static void list_proc(char *names, size_t capacity)
{
    int fd = test_open(&world, "/proc", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_DIRECTORY, 0);
    CHECK(fd >= 0);
    names[0] = '\0';
    char name[VFS_NAME_MAX];
    uint64_t inode, type;
    long length;
    while ((length = vfs_readdir(P, (uint64_t)fd, &inode, &type, name, sizeof name)) > 0) {
        if (strlen(names) + (size_t)length + 2 < capacity) {
            strncat(names, name, (size_t)length);
            strcat(names, " ");
        }
    }
    vfs_close(P, (uint64_t)fd);
}

static void test_directories_follow_the_list(void)
{
    proc_world();
    char names[256];
    list_proc(names, sizeof names);
    CHECK(strcmp(names, ". .. meminfo 1 7 9 ") == 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/7"), &status), 0);
    CHECK_EQ(status.mode, 0040555u);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/7/cmdline"), &status), 0);
    CHECK_EQ(status.mode, 0100444u);
    CHECK_EQ(status.device, 5u);
    /* 7 ends: its name goes; 4 starts: it gets one. */
    listed[0] = 4;
    listed[3] = 4;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/7"), &status), -ENOENT);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/7/stat"), &status), -ENOENT);
    list_proc(names, sizeof names);
    CHECK(strcmp(names, ". .. meminfo 1 9 4 ") == 0);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/4/status"), &status), 0);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/4/other"), &status), -ENOENT);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/../proc/4/.."), &status), 0);
    test_world_fini(&world);
}

static void test_file_texts(void)
{
    proc_world();
    char text[256];
    /* Up to cstime: utime and cutime in clock ticks, the rest of the times 0; group 5 in session 1.
     */
    CHECK_EQ(read_all("/proc/7/stat", text, sizeof text), 41);
    CHECK(strcmp(text, "7 (prog) S 1 5 1 0 0 0 0 0 0 0 123 0 0 0\n") == 0);
    CHECK_EQ(read_all("/proc/1/stat", text, sizeof text), 45);
    CHECK(strcmp(text, "1 (koito-sh) R 0 1 1 257 0 0 0 0 0 0 0 0 2 0\n") == 0);
    CHECK(read_all("/proc/9/status", text, sizeof text) > 0);
    CHECK(strcmp(text, "Name:\tprog\nState:\tZ (zombie)\nPid:\t9\nPPid:\t1\n") == 0);
    CHECK_EQ(read_all("/proc/7/cmdline", text, sizeof text), 18);
    CHECK(memcmp(text, "prog\0-x\0two words\0", 18) == 0);
    CHECK_EQ(read_all("/proc/9/cmdline", text, sizeof text), 0); /* a zombie's is empty */
    CHECK(read_all("/proc/meminfo", text, sizeof text) > 0);
    CHECK(strcmp(text, "MemTotal:           8192 kB\nMemFree:            6144 kB\n") == 0);
    memory_known = false;
    CHECK_EQ(read_all("/proc/meminfo", text, sizeof text), -EIO);
    /* A read past the end, and a seek back. */
    int fd = test_open(&world, "/proc/7/stat", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, (uint8_t *)text, 4, 100), 0);
    CHECK_EQ(vfs_pread(V, P, (uint64_t)fd, (uint8_t *)text, 4, 2), 4);
    CHECK(memcmp(text, "(pro", 4) == 0);
    test_world_fini(&world);
}

static void test_self(void)
{
    proc_world();
    char text[256];
    CHECK_EQ(read_all("/proc/self/stat", text, sizeof text), 45);
    CHECK(strncmp(text, "1 (koito-sh)", 12) == 0);
    world.process.pid = 7;
    CHECK_EQ(read_all("/proc/self/stat", text, sizeof text), 41);
    CHECK(strncmp(text, "7 (prog)", 8) == 0);
    /* A process the source does not list has no self. */
    world.process.pid = 5;
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/self"), &status), -ENOENT);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/selfish"), &status), -ENOENT);
    test_world_fini(&world);
}

static void test_ended_process(void)
{
    proc_world();
    int fd = test_open(&world, "/proc/7/status", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK(fd >= 0);
    CHECK_EQ(vfs_chdir(V, P, S("/proc/7")), 0);
    listed_count = 2;
    listed[0] = 1;
    listed[1] = 9;
    uint8_t byte;
    /* Still open after it ended: its name is gone, reading it says so. */
    CHECK_EQ(vfs_read(V, P, (uint64_t)fd, &byte, 1), -ESRCH);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/7"), &status), -ENOENT);
    /* The working directory was removed: empty, and nothing can be made in it. */
    CHECK_EQ(vfs_stat(V, P, NULL, S("stat"), &status), -ENOENT);
    CHECK_EQ(vfs_fstat(P, (uint64_t)fd, &status), 0);
    CHECK_EQ(vfs_close(P, (uint64_t)fd), 0);
    CHECK_EQ(vfs_chdir(V, P, S("/")), 0);
    test_world_fini(&world);
}

static void test_read_only(void)
{
    proc_world();
    CHECK_EQ(test_open(&world, "/proc/7/stat", KOITO_POSIX_OPEN_WRONLY, 0), -EROFS);
    CHECK_EQ(test_open(&world, "/proc/7/cmdline", KOITO_POSIX_OPEN_RDWR, 0), -EROFS);
    CHECK_EQ(
        test_open(&world, "/proc/meminfo", KOITO_POSIX_OPEN_RDONLY | KOITO_POSIX_OPEN_TRUNC, 0),
        -EROFS);
    CHECK_EQ(test_open(&world, "/proc/new", KOITO_POSIX_OPEN_WRONLY | KOITO_POSIX_OPEN_CREAT, 0644),
             -EROFS);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/proc/7/sub"), 0755), -EROFS);
    CHECK_EQ(vfs_mkdir(V, P, NULL, S("/proc/8"), 0755), -EROFS);
    CHECK_EQ(vfs_unlink(V, P, NULL, S("/proc/7/stat")), -EROFS);
    CHECK_EQ(vfs_rmdir(V, P, NULL, S("/proc/7")), -EROFS);
    CHECK_EQ(vfs_rename(V, P, NULL, S("/proc/7/stat"), NULL, S("/proc/7/other")), -EROFS);
    int fd = test_open(&world, "/proc/7/stat", KOITO_POSIX_OPEN_RDONLY, 0);
    CHECK_EQ(vfs_write(V, P, (uint64_t)fd, (const uint8_t *)"x", 1), -EBADF);
    CHECK_EQ(vfs_truncate(P, (uint64_t)fd, 0), -EINVAL);
    test_world_fini(&world);
}

static void test_without_source(void)
{
    test_world_init(&world);
    char names[256];
    list_proc(names, sizeof names);
    CHECK(strcmp(names, ". .. meminfo ") == 0);
    struct vfs_stat status;
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/1"), &status), -ENOENT);
    CHECK_EQ(vfs_stat(V, P, NULL, S("/proc/self"), &status), -ENOENT);
    char text[64];
    CHECK_EQ(read_all("/proc/meminfo", text, sizeof text), -EIO);
    test_world_fini(&world);
}

static void test_format_cut(void)
{
    struct vfs_proc_info info = {.pid = 12,
                                 .parent = 3,
                                 .state = 'R',
                                 .name = "name",
                                 .arguments = "a\0b",
                                 .arguments_length = 4};
    char text[8];
    CHECK_EQ(vfs_proc_format(VFS_PROC_STAT, &info, text, sizeof text), 7u);
    CHECK(strcmp(text, "12 (nam") == 0);
    CHECK_EQ(vfs_proc_format(VFS_PROC_CMDLINE, &info, text, 3), 3u);
    CHECK(memcmp(text, "a\0b", 3) == 0);
    CHECK_EQ(vfs_proc_format(VFS_PROC_STAT, &info, text, 0), 0u);
    CHECK_EQ(vfs_proc_format(VFS_PROC_NONE, &info, text, sizeof text), 0u);
    CHECK_EQ(vfs_proc_format_memory(1u << 30, 0, text, sizeof text), 7u);
}

int main(void)
{
    test_directories_follow_the_list();
    test_file_texts();
    test_self();
    test_ended_process();
    test_read_only();
    test_without_source();
    test_format_cut();
    return check_summary();
}
