/*
 * The POSIX server suite: commands through the shell (test/guest/posix). system() and
 * popen()/pclose() spawn /bin/koito-sh -c, which runs its builtins and /bin/true and /bin/cat
 * of the image; what the commands write is read back from the server's /tmp.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The whole of a file (at most size - 1 bytes, NUL-terminated); its length or -1. */
static long read_file(const char *path, char *text, size_t size)
{
    int descriptor = open(path, O_RDONLY);
    if (descriptor < 0)
        return -1;
    long length = read(descriptor, text, size - 1);
    close(descriptor);
    text[length > 0 ? length : 0] = 0;
    return length;
}

/* Everything a stream gives until its end, NUL-terminated; its length. */
static size_t read_stream(FILE *stream, char *text, size_t size)
{
    size_t length = fread(text, 1, size - 1, stream);
    text[length] = 0;
    return length;
}

/* The lowest free descriptor: what a leak would take. */
static int lowest_free_descriptor(void)
{
    int probe = dup(0);
    close(probe);
    return probe;
}

static void test_system_status(void)
{
    GUEST_CHECK(system(NULL) != 0);
    int status = system("exit 3");
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 3);
    GUEST_CHECK_EQ(system("true"), 0);
    status = system("no-such-command");
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 127);
}

static void test_system_writes_a_file(void)
{
    unlink("/tmp/system-file");
    GUEST_CHECK_EQ(system("true && echo hi > /tmp/system-file"), 0);
    char text[16];
    GUEST_CHECK_EQ(read_file("/tmp/system-file", text, sizeof text), 3);
    GUEST_CHECK(strcmp(text, "hi\n") == 0);
    GUEST_CHECK_EQ(unlink("/tmp/system-file"), 0);
}

static void test_popen_reads(void)
{
    int free_before = lowest_free_descriptor();
    FILE *command = popen("echo one; echo two", "r");
    GUEST_CHECK(command != NULL);
    if (command == NULL)
        return;
    char text[64];
    GUEST_CHECK_EQ(read_stream(command, text, sizeof text), 8);
    GUEST_CHECK(strcmp(text, "one\ntwo\n") == 0);
    GUEST_CHECK_EQ(pclose(command), 0);
    GUEST_CHECK_EQ(lowest_free_descriptor(), free_before);

    /* A file of the initrd through /bin/cat, byte for byte. */
    char expected[64], got[64];
    long length = read_file("/etc/greeting", expected, sizeof expected);
    GUEST_CHECK(length > 0);
    command = popen("cat /etc/greeting", "r");
    GUEST_CHECK(command != NULL);
    if (command == NULL)
        return;
    GUEST_CHECK_EQ(read_stream(command, got, sizeof got), (size_t)length);
    GUEST_CHECK(strcmp(got, expected) == 0);
    GUEST_CHECK_EQ(pclose(command), 0);
}

static void test_popen_writes(void)
{
    unlink("/tmp/popen-fed");
    FILE *command = popen("cat > /tmp/popen-fed", "w");
    GUEST_CHECK(command != NULL);
    if (command == NULL)
        return;
    GUEST_CHECK(fputs("fed through a pipe\n", command) >= 0);
    GUEST_CHECK_EQ(fprintf(command, "%d\n", 42), 3);
    GUEST_CHECK_EQ(pclose(command), 0);
    char text[64];
    GUEST_CHECK_EQ(read_file("/tmp/popen-fed", text, sizeof text), 22);
    GUEST_CHECK(strcmp(text, "fed through a pipe\n42\n") == 0);
    GUEST_CHECK_EQ(unlink("/tmp/popen-fed"), 0);
}

static void test_pclose_status(void)
{
    FILE *command = popen("exit 5", "r");
    GUEST_CHECK(command != NULL);
    if (command == NULL)
        return;
    int status = pclose(command);
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 5);
    command = popen("no-such-command", "w");
    GUEST_CHECK(command != NULL);
    if (command != NULL)
        GUEST_CHECK_EQ(WEXITSTATUS(pclose(command)), 127);
}

/* A second command does not hold the first one's pipe open: the first cat sees its end of input
 * (and pclose returns) while the second still runs. "e" marks the descriptor close-on-exec. */
static void test_popen_streams_apart(void)
{
    unlink("/tmp/popen-a");
    unlink("/tmp/popen-b");
    FILE *first = popen("cat > /tmp/popen-a", "w");
    FILE *second = popen("cat > /tmp/popen-b", "we");
    GUEST_CHECK(first != NULL && second != NULL);
    if (first == NULL || second == NULL)
        return;
    GUEST_CHECK_EQ(fcntl(fileno(first), F_GETFD), 0);
    GUEST_CHECK_EQ(fcntl(fileno(second), F_GETFD), FD_CLOEXEC);
    fputs("a\n", first);
    fputs("b\n", second);
    GUEST_CHECK_EQ(pclose(first), 0);
    GUEST_CHECK_EQ(pclose(second), 0);
    char text[8];
    GUEST_CHECK_EQ(read_file("/tmp/popen-a", text, sizeof text), 2);
    GUEST_CHECK(strcmp(text, "a\n") == 0);
    GUEST_CHECK_EQ(read_file("/tmp/popen-b", text, sizeof text), 2);
    GUEST_CHECK(strcmp(text, "b\n") == 0);
    unlink("/tmp/popen-a");
    unlink("/tmp/popen-b");
}

static void test_popen_errors(void)
{
    int free_before = lowest_free_descriptor();
    const char *bad[] = {"x", "", "rw", "r+", "ee", "wr"};
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        errno = 0;
        GUEST_CHECK(popen("true", bad[i]) == NULL);
        GUEST_CHECK_EQ(errno, EINVAL);
    }
    GUEST_CHECK_EQ(lowest_free_descriptor(), free_before);
    FILE *plain = fopen("/etc/greeting", "r");
    GUEST_CHECK(plain != NULL);
    errno = 0;
    GUEST_CHECK_EQ(pclose(plain), -1);
    GUEST_CHECK_EQ(errno, ECHILD);
    GUEST_CHECK_EQ(fclose(plain), 0);
}

/* Each thread reads its own number back from its own command, several times. */
static void *popen_thread(void *argument)
{
    int number = (int)(long)argument;
    char command[32], expected[16], text[16];
    snprintf(command, sizeof command, "echo %d", number);
    snprintf(expected, sizeof expected, "%d\n", number);
    long wrong = 0;
    for (int round = 0; round < 3; round++) {
        FILE *stream = popen(command, "r");
        if (stream == NULL) {
            wrong++;
            continue;
        }
        read_stream(stream, text, sizeof text);
        wrong += strcmp(text, expected) != 0;
        wrong += pclose(stream) != 0;
    }
    return (void *)wrong;
}

static void test_popen_threads(void)
{
    int free_before = lowest_free_descriptor();
    pthread_t threads[3];
    for (long i = 0; i < 3; i++)
        GUEST_CHECK_EQ(pthread_create(&threads[i], NULL, popen_thread, (void *)(i + 10)), 0);
    for (int i = 0; i < 3; i++) {
        void *wrong = (void *)1;
        GUEST_CHECK_EQ(pthread_join(threads[i], &wrong), 0);
        GUEST_CHECK(wrong == NULL);
    }
    GUEST_CHECK_EQ(lowest_free_descriptor(), free_before);
}

const struct guest_test shell_tests[] = {
    {"system: exit status, 127 for a missing command, system(NULL)", test_system_status},
    {"system: a command list writes a file", test_system_writes_a_file},
    {"popen r: a command's output exactly", test_popen_reads},
    {"popen w: feeds a command", test_popen_writes},
    {"pclose: the command's status", test_pclose_status},
    {"popen: one command does not hold another's pipe", test_popen_streams_apart},
    {"popen and pclose: errno values", test_popen_errors},
    {"popen and pclose in three threads", test_popen_threads},
};
const unsigned shell_test_count = sizeof shell_tests / sizeof shell_tests[0];
