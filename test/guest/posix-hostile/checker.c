/*
 * The POSIX server under attack (test/guest/posix-hostile): the suite's program starts two
 * hostile clients (hostile.c, 100,000 random and malformed requests between them) and, while
 * they run, uses files itself as any program would, checking every result; then it checks that
 * both hostile clients got only replies the protocol defines and that the server serves on.
 */
#include <fcntl.h>
#include <guest_test.h>
#include <koito/spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define WORK_BLOCK 6000 /* more than a message carries: it goes through the shared buffer */

static unsigned work_failures;

/* One round of ordinary file work in /tmp/good; returns whether every result was right. */
static int work_round(unsigned round)
{
    static unsigned char written[WORK_BLOCK], read_back[WORK_BLOCK];
    for (unsigned i = 0; i < WORK_BLOCK; i++)
        written[i] = (unsigned char)(i * 7 + round);
    char path[64];
    snprintf(path, sizeof path, "/tmp/good/file%u", round % 4);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return 0;
    int right = write(fd, written, WORK_BLOCK) == WORK_BLOCK && lseek(fd, 0, SEEK_SET) == 0 &&
                read(fd, read_back, WORK_BLOCK) == WORK_BLOCK &&
                memcmp(written, read_back, WORK_BLOCK) == 0;
    struct stat status;
    right = right && fstat(fd, &status) == 0 && status.st_size == WORK_BLOCK;
    right = close(fd) == 0 && right;
    right = right && mkdir("/tmp/good/dir", 0755) == 0 && rmdir("/tmp/good/dir") == 0;
    right = right && unlink(path) == 0 && access(path, F_OK) == -1;
    return right && getpid() > 0;
}

/* Whether the program `pid` has ended; its end goes to *exit once it has. */
static int ended(uint32_t pid, struct koito_exit *exit)
{
    return koito_spawn_poll(pid, exit) == A9N_OK;
}

static void test_hostile_clients_and_a_good_one(void)
{
    GUEST_CHECK_EQ(mkdir("/tmp/good", 0755), 0);
    uint32_t first = 0, second = 0;
    GUEST_CHECK_EQ(koito_spawn("hostile-a", &first), A9N_OK);
    GUEST_CHECK_EQ(koito_spawn("hostile-b", &second), A9N_OK);
    struct koito_exit first_exit = {.killed = true}, second_exit = {.killed = true};
    int first_done = 0, second_done = 0;
    unsigned rounds_meanwhile = 0;
    while (!(first_done && second_done)) {
        if (!work_round(rounds_meanwhile))
            work_failures++;
        rounds_meanwhile++;
        first_done = first_done || ended(first, &first_exit);
        second_done = second_done || ended(second, &second_exit);
    }
    printf("posix-hostile: %u rounds of good work while the hostile clients ran\n",
           rounds_meanwhile);
    GUEST_CHECK_EQ(first_exit.killed, 0);
    GUEST_CHECK_EQ(first_exit.value, 0);
    GUEST_CHECK_EQ(second_exit.killed, 0);
    GUEST_CHECK_EQ(second_exit.value, 0);
    GUEST_CHECK_EQ(work_failures, 0);
    /* The two ran alongside the good work, not before it. */
    GUEST_CHECK(rounds_meanwhile >= 20);
}

static void test_the_server_serves_on(void)
{
    for (unsigned round = 0; round < 20; round++)
        GUEST_CHECK(work_round(round));
    GUEST_CHECK_EQ(rmdir("/tmp/good"), 0);
    int fd = open("/etc/greeting", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    char text[16] = {0};
    GUEST_CHECK_EQ(read(fd, text, 9), 9);
    GUEST_CHECK_EQ(memcmp(text, "greetings", 9), 0);
    GUEST_CHECK_EQ(close(fd), 0);
}

static const struct guest_test tests[] = {
    {"two hostile clients and a good one at once", test_hostile_clients_and_a_good_one},
    {"the server serves on", test_the_server_serves_on},
};

int main(void)
{
    return guest_test_run("posix-hostile", tests, sizeof tests / sizeof tests[0]);
}
