/*
 * The container suite, tree B (test/guest/container): served by the second POSIX server, whose
 * root is the initrd's /containers/b with its own /tmp. Given tree A's ids (container.h), it
 * checks that it cannot open A's /tmp/secret (its tmpfs is another), signal or wait for A's
 * processes (ESRCH, ECHILD: its server has no record of them) nor see them in /proc, nor name
 * anything outside its root; and that its own files, pipes and children work while A's worker runs.
 * It reports its failures to A, whose exit status counts them.
 */
#include "container.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <guest_test.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <a9n/a9n.h>
#include <koito/capabilities.h>

static pid_t a_pid, a_worker;

static void test_secret_of_a_absent(void)
{
    errno = 0;
    GUEST_CHECK_EQ(open(SECRET, O_RDONLY), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    DIR *tmp = opendir("/tmp");
    GUEST_CHECK(tmp != NULL);
    unsigned names = 0;
    for (struct dirent *entry; tmp != NULL && (entry = readdir(tmp)) != NULL;)
        names += strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0;
    GUEST_CHECK_EQ(names, 0);
    if (tmp != NULL)
        closedir(tmp);
    /* Its own file of the same name, in its own tmpfs (A checks that its own is untouched). */
    int fd = open(SECRET, O_WRONLY | O_CREAT | O_EXCL, 0600);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(write(fd, SECRET_OF_B, strlen(SECRET_OF_B)), strlen(SECRET_OF_B));
    GUEST_CHECK_EQ(close(fd), 0);
}

static void test_cannot_signal_a(void)
{
    const int signals[] = {0, SIGTERM, SIGKILL, SIGINT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        errno = 0;
        GUEST_CHECK_EQ(kill(a_pid, signals[i]), -1);
        GUEST_CHECK_EQ(errno, ESRCH);
        errno = 0;
        GUEST_CHECK_EQ(kill(a_worker, signals[i]), -1);
        GUEST_CHECK_EQ(errno, ESRCH);
    }
}

/* Whether /proc lists pid. */
static bool proc_lists(pid_t pid)
{
    char name[24];
    snprintf(name, sizeof name, "%ld", (long)pid);
    DIR *proc = opendir("/proc");
    GUEST_CHECK(proc != NULL);
    bool found = false;
    for (struct dirent *entry; proc != NULL && (entry = readdir(proc)) != NULL;)
        found = found || strcmp(entry->d_name, name) == 0;
    if (proc != NULL)
        closedir(proc);
    return found;
}

/* B's /proc is its own server's: B itself, none of A's processes. */
static void test_proc_own_tree_only(void)
{
    GUEST_CHECK(proc_lists(getpid()));
    GUEST_CHECK(!proc_lists(a_pid));
    GUEST_CHECK(!proc_lists(a_worker));
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)a_pid);
    struct stat status;
    errno = 0;
    GUEST_CHECK_EQ(stat(path, &status), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    snprintf(path, sizeof path, "/proc/%ld/cmdline", (long)a_worker);
    errno = 0;
    GUEST_CHECK_EQ(open(path, O_RDONLY), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
}

/* waitpid sees B's own children only. */
static void test_waits_for_own_children_only(void)
{
    int status = 0;
    errno = 0;
    GUEST_CHECK_EQ(waitpid(a_worker, &status, WNOHANG), -1);
    GUEST_CHECK_EQ(errno, ECHILD);
    errno = 0;
    GUEST_CHECK_EQ(waitpid(-1, &status, WNOHANG), -1);
    GUEST_CHECK_EQ(errno, ECHILD);
    pid_t child = -1;
    GUEST_CHECK_EQ(container_spawn(&child, "exit", "7", -1, -1), 0);
    GUEST_CHECK_EQ(waitpid(-1, &status, 0), child);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 7);
    char parent[16];
    snprintf(parent, sizeof parent, "%d", (int)getpid());
    GUEST_CHECK_EQ(container_spawn(&child, "parent", parent, -1, -1), 0);
    status = container_wait(child);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Its / is /containers/b of the initrd: nothing above it has a name. */
static void test_own_root(void)
{
    struct stat status;
    char text[64] = {0};
    int fd = open("/etc/motd", O_RDONLY);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK(read(fd, text, sizeof text) > 0);
    GUEST_CHECK(strcmp(text, "container b\n") == 0);
    close(fd);
    GUEST_CHECK_EQ(stat("/../../bin/worker", &status), 0);
    const char *outside[] = {"/etc/koito.conf", "/bin/tree-a", "/bin/posix", "/containers",
                             "/../containers/b"};
    for (unsigned i = 0; i < sizeof outside / sizeof outside[0]; i++) {
        errno = 0;
        GUEST_CHECK_EQ(stat(outside[i], &status), -1);
        GUEST_CHECK_EQ(errno, ENOENT);
    }
    DIR *root = opendir("/");
    GUEST_CHECK(root != NULL);
    for (struct dirent *entry; root != NULL && (entry = readdir(root)) != NULL;) {
        const char *name = entry->d_name;
        GUEST_CHECK(strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || strcmp(name, "bin") == 0 ||
                    strcmp(name, "etc") == 0 || strcmp(name, "tmp") == 0 ||
                    strcmp(name, "dev") == 0 || strcmp(name, "proc") == 0);
    }
    if (root != NULL)
        closedir(root);
    /* A program outside its root cannot be started either. */
    pid_t child;
    char *argv[] = {"tree-a", NULL};
    GUEST_CHECK_EQ(posix_spawn(&child, "/bin/tree-a", NULL, NULL, argv, NULL), ENOENT);
}

/* Pipes and children in B while A's worker runs: a round trip, a child reading B's own file. */
static void test_pipes_and_spawn(void)
{
    int in[2], out[2];
    GUEST_CHECK_EQ(pipe2(in, O_CLOEXEC), 0);
    GUEST_CHECK_EQ(pipe2(out, O_CLOEXEC), 0);
    pid_t echo = -1;
    GUEST_CHECK_EQ(container_spawn(&echo, "echo", NULL, in[0], out[1]), 0);
    close(in[0]);
    close(out[1]);
    GUEST_CHECK(container_echo(in[1], out[0], "inside B\n"));
    close(in[1]);
    char byte;
    GUEST_CHECK_EQ(read(out[0], &byte, 1), 0);
    close(out[0]);
    int status = container_wait(echo);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    GUEST_CHECK_EQ(pipe2(out, O_CLOEXEC), 0);
    pid_t cat = -1;
    GUEST_CHECK_EQ(container_spawn(&cat, "cat", SECRET, -1, out[1]), 0);
    close(out[1]);
    char text[64] = {0};
    size_t got = 0;
    ssize_t count;
    while (got < sizeof text - 1 && (count = read(out[0], text + got, sizeof text - 1 - got)) > 0)
        got += (size_t)count;
    close(out[0]);
    GUEST_CHECK(strcmp(text, SECRET_OF_B) == 0);
    status = container_wait(cat);
    GUEST_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static const struct guest_test tests[] = {
    {"secret_of_a_absent", test_secret_of_a_absent},
    {"cannot_signal_a", test_cannot_signal_a},
    {"proc_own_tree_only", test_proc_own_tree_only},
    {"waits_for_own_children_only", test_waits_for_own_children_only},
    {"own_root", test_own_root},
    {"pipes_and_spawn", test_pipes_and_spawn},
};

int main(void)
{
    a9n_descriptor_t link = koito_capability(LINK_NAME);
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(link, &message) != A9N_OK) {
        printf("tree-b: nothing from tree A\n");
        return 1;
    }
    a_pid = (pid_t)message.words[0];
    a_worker = (pid_t)message.words[1];
    struct a9n_message answer = {.info = A9N_MESSAGE_INFO(0, 0)};
    a9n_ipc_port_reply(link, &answer);
    int failed = guest_test_run("container-b", tests, sizeof tests / sizeof tests[0]);
    struct a9n_message report = {.info = A9N_MESSAGE_INFO(2, 0)};
    report.words[0] = (uint64_t)getpid();
    report.words[1] = (uint64_t)failed;
    a9n_ipc_port_call(link, &report);
    return failed;
}
