/*
 * The POSIX server suite (in-guest tests of koito/posix through KOITO-libc): a program started by
 * init after the POSIX server uses files as any POSIX program would: stdio and descriptors on
 * the tmpfs at /tmp, the initrd's files at the read-only root, directories, /dev, and the errno
 * values of each failure (errors.c). Its exit status, the number of failed tests, ends the run.
 */
#include "posix_tests.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <a9n/a9n.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/spawn.h>

static const char greeting[] = "greetings from the initrd\n";

static void test_initrd_file_reads(void)
{
    int fd = open("/etc/greeting", O_RDONLY);
    GUEST_CHECK(fd >= 3);
    char text[64] = {0};
    GUEST_CHECK_EQ(read(fd, text, sizeof text), sizeof greeting - 1);
    GUEST_CHECK(strcmp(text, greeting) == 0);
    GUEST_CHECK_EQ(read(fd, text, sizeof text), 0);
    struct stat status;
    GUEST_CHECK_EQ(fstat(fd, &status), 0);
    GUEST_CHECK(S_ISREG(status.st_mode));
    GUEST_CHECK_EQ(status.st_size, sizeof greeting - 1);
    GUEST_CHECK_EQ(close(fd), 0);
    /* The programs of the image are files of the root too. */
    GUEST_CHECK_EQ(stat("/bin/files", &status), 0);
    GUEST_CHECK(status.st_size > 4096);
    FILE *file = fopen("/etc/greeting", "r");
    GUEST_CHECK(file != NULL);
    if (file != NULL) {
        GUEST_CHECK(fgets(text, sizeof text, file) != NULL);
        GUEST_CHECK(strcmp(text, greeting) == 0);
        GUEST_CHECK_EQ(fclose(file), 0);
    }
}

static void test_stdio_round_trip(void)
{
    FILE *file = fopen("/tmp/notes.txt", "w");
    GUEST_CHECK(file != NULL);
    if (file == NULL)
        return;
    for (int i = 0; i < 100; i++)
        GUEST_CHECK(fprintf(file, "line %d of %s\n", i, "notes") > 0);
    GUEST_CHECK_EQ(fclose(file), 0);
    file = fopen("/tmp/notes.txt", "r+");
    GUEST_CHECK(file != NULL);
    if (file == NULL)
        return;
    char line[64];
    int lines = 0;
    while (fgets(line, sizeof line, file) != NULL)
        lines++;
    GUEST_CHECK_EQ(lines, 100);
    GUEST_CHECK_EQ(fseek(file, 0, SEEK_SET), 0);
    GUEST_CHECK(fgets(line, sizeof line, file) != NULL);
    GUEST_CHECK(strcmp(line, "line 0 of notes\n") == 0);
    GUEST_CHECK_EQ(fseek(file, -16, SEEK_END), 0);
    GUEST_CHECK(fgets(line, sizeof line, file) != NULL);
    GUEST_CHECK(strcmp(line, "line 99 of notes\n") == 0 || strcmp(line, "ine 99 of notes\n") == 0);
    GUEST_CHECK_EQ(fseek(file, 5, SEEK_SET), 0);
    GUEST_CHECK_EQ(fwrite("X", 1, 1, file), 1);
    GUEST_CHECK_EQ(fseek(file, 0, SEEK_SET), 0);
    char head[8] = {0};
    GUEST_CHECK_EQ(fread(head, 1, 7, file), 7);
    GUEST_CHECK(strcmp(head, "line X ") == 0);
    GUEST_CHECK_EQ(fclose(file), 0);
    struct stat status;
    GUEST_CHECK_EQ(stat("/tmp/notes.txt", &status), 0);
    GUEST_CHECK(status.st_size > 1500);
}

/* Several MiB through the server and back, byte for byte, through the shared buffer. */
static void test_large_file_round_trip(void)
{
    const size_t size = 4u * 1024 * 1024 + 77;
    unsigned char *data = malloc(size);
    GUEST_CHECK(data != NULL);
    if (data == NULL)
        return;
    for (size_t i = 0; i < size; i++)
        data[i] = (unsigned char)(i * 131 + (i >> 12));
    int fd = open("/tmp/large", O_RDWR | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(write(fd, data, size), size);
    GUEST_CHECK_EQ(lseek(fd, 0, SEEK_CUR), size);
    GUEST_CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
    memset(data, 0, size);
    GUEST_CHECK_EQ(read(fd, data, size), size);
    size_t wrong = 0;
    for (size_t i = 0; i < size; i++)
        wrong += data[i] != (unsigned char)(i * 131 + (i >> 12));
    GUEST_CHECK_EQ(wrong, 0);
    /* Both transfers went through the shared buffer: its frames are in the process's node. */
    for (unsigned page = 0; page < 4; page++) {
        enum a9n_object_type type = A9N_OBJECT_NONE;
        GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT,
                                        koito_slot(KOITO_SLOT_OS_BUFFER + page), &type, 0, 0),
                       A9N_OK);
        GUEST_CHECK_EQ(type, A9N_OBJECT_FRAME);
    }
    GUEST_CHECK_EQ(pread(fd, data, 3, 4096), 3);
    GUEST_CHECK_EQ(data[0], (unsigned char)(4096 * 131 + 1));
    GUEST_CHECK_EQ(ftruncate(fd, 10), 0);
    GUEST_CHECK_EQ(lseek(fd, 0, SEEK_END), 10);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(unlink("/tmp/large"), 0);
    free(data);
}

static void test_directories(void)
{
    GUEST_CHECK_EQ(mkdir("/tmp/dir", 0755), 0);
    GUEST_CHECK_EQ(mkdir("/tmp/dir/sub", 0755), 0);
    int fd = open("/tmp/dir/a", O_WRONLY | O_CREAT | O_EXCL, 0644);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(rename("/tmp/dir/a", "/tmp/dir/b"), 0);
    DIR *directory = opendir("/tmp/dir");
    GUEST_CHECK(directory != NULL);
    if (directory != NULL) {
        char names[128] = "";
        struct dirent *entry;
        while ((entry = readdir(directory)) != NULL) {
            strcat(names, entry->d_name);
            strcat(names, entry->d_type == DT_DIR ? "/ " : " ");
        }
        GUEST_CHECK(strcmp(names, "./ ../ sub/ b ") == 0);
        GUEST_CHECK_EQ(closedir(directory), 0);
    }
    char cwd[64];
    GUEST_CHECK_EQ(chdir("/tmp/dir/sub"), 0);
    GUEST_CHECK(getcwd(cwd, sizeof cwd) != NULL);
    GUEST_CHECK(strcmp(cwd, "/tmp/dir/sub") == 0);
    GUEST_CHECK_EQ(access("../b", R_OK | W_OK), 0);
    GUEST_CHECK_EQ(chdir("/"), 0);
    GUEST_CHECK_EQ(unlink("/tmp/dir/b"), 0);
    GUEST_CHECK_EQ(rmdir("/tmp/dir/sub"), 0);
    GUEST_CHECK_EQ(rmdir("/tmp/dir"), 0);
    struct stat status;
    GUEST_CHECK_EQ(stat("/tmp/dir", &status), -1);
}

static void test_descriptors(void)
{
    int fd = open("/tmp/desc", O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
    GUEST_CHECK_EQ(write(fd, "abc", 3), 3);
    int copy = dup(fd);
    GUEST_CHECK(copy > fd);
    GUEST_CHECK_EQ(lseek(copy, 1, SEEK_SET), 1);
    char byte = 0;
    GUEST_CHECK_EQ(read(fd, &byte, 1), 1);
    GUEST_CHECK_EQ(byte, 'b');
    GUEST_CHECK_EQ(dup2(fd, 20), 20);
    GUEST_CHECK_EQ(fcntl(20, F_GETFD), 0);
    GUEST_CHECK_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
    GUEST_CHECK_EQ(pwrite(20, "Z", 1, 0), 1);
    GUEST_CHECK_EQ(pread(copy, &byte, 1, 0), 1);
    GUEST_CHECK_EQ(byte, 'Z');
    GUEST_CHECK_EQ(isatty(fd), 0);
    GUEST_CHECK_EQ(isatty(1), 1);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(close(copy), 0);
    GUEST_CHECK_EQ(close(20), 0);
}

static void test_devices_and_console(void)
{
    int null = open("/dev/null", O_RDWR);
    GUEST_CHECK_EQ(write(null, "gone", 4), 4);
    char data[16];
    GUEST_CHECK_EQ(read(null, data, sizeof data), 0);
    int zero = open("/dev/zero", O_RDONLY);
    memset(data, 1, sizeof data);
    GUEST_CHECK_EQ(read(zero, data, sizeof data), sizeof data);
    GUEST_CHECK(data[0] == 0 && data[15] == 0);
    int random = open("/dev/urandom", O_RDONLY);
    unsigned long long first = 0, second = 0;
    GUEST_CHECK_EQ(read(random, &first, sizeof first), sizeof first);
    GUEST_CHECK_EQ(read(random, &second, sizeof second), sizeof second);
    GUEST_CHECK(first != second);
    GUEST_CHECK_EQ(close(null), 0);
    GUEST_CHECK_EQ(close(zero), 0);
    GUEST_CHECK_EQ(close(random), 0);
    static const char line[] = "posix-files: written through the server\n";
    GUEST_CHECK_EQ(write(1, line, sizeof line - 1), sizeof line - 1);
    GUEST_CHECK_EQ(getpid(), (int)koito_aux_value(KOITO_AUX_PROCESS_ID, 0));
}

/* More processes than the server has records (256) use it one after the other, each leaving a
 * descriptor open: the server releases the records of those that ended. */
static void test_ended_processes_are_released(void)
{
    unsigned failed = 0;
    for (unsigned i = 0; i < 300; i++) {
        uint32_t pid = 0;
        struct koito_exit exit = {.killed = true};
        if (koito_spawn("child", &pid) != A9N_OK || koito_spawn_wait(pid, &exit) != A9N_OK ||
            exit.killed || exit.value != 0)
            failed++;
    }
    GUEST_CHECK_EQ(failed, 0);
    struct stat status;
    GUEST_CHECK_EQ(stat("/tmp/children", &status), 0);
    GUEST_CHECK_EQ(status.st_size, 300);
    int fd = open("/tmp/children", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(close(fd), 0);
}

static const struct guest_test tests[] = {
    {"initrd files read at the root", test_initrd_file_reads},
    {"stdio round trip on /tmp", test_stdio_round_trip},
    {"a 4 MiB file round-trips", test_large_file_round_trip},
    {"directories: mkdir, rename, readdir, chdir, rmdir", test_directories},
    {"descriptors: dup, dup2, fcntl, pread, pwrite", test_descriptors},
    {"devices and the console", test_devices_and_console},
    {"errno values of failing calls", test_errno_values},
    {"300 processes in turn: ended ones are released", test_ended_processes_are_released},
};

int main(int argc, char **argv)
{
    proc_tests_arguments(argc, argv);
    int failed = guest_test_run("posix-files", tests, sizeof tests / sizeof tests[0]);
    failed += guest_test_run("posix-attributes", attribute_tests, attribute_test_count);
    failed += guest_test_run("posix-processes", process_tests, process_test_count);
    failed += guest_test_run("posix-groups", group_tests, group_test_count);
    failed += guest_test_run("posix-pipes", pipe_tests, pipe_test_count);
    failed += guest_test_run("posix-handoff", handoff_tests, handoff_test_count);
    failed += guest_test_run("posix-poll", poll_tests, poll_test_count);
    failed += guest_test_run("posix-shell", shell_tests, shell_test_count);
    failed += guest_test_run("posix-mmap", mmap_tests, mmap_test_count);
    failed += guest_test_run("posix-at", at_tests, at_test_count);
    return failed + guest_test_run("posix-proc", proc_tests, proc_test_count);
}
