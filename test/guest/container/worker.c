/*
 * The child both trees of the container suite start with posix_spawn (test/guest/container);
 * the initrd holds a copy in each tree's /bin. argv[1] says what it does:
 *   echo      copy descriptor 0 to 1 until end of file, then exit 0
 *   exit N    exit with status N
 *   cat PATH  write the file PATH (as its own server sees it) to 1; exit 0, or 1 if it cannot
 *   parent N  exit 0 if its parent's id is N, else 1
 * Anything else: exit status 99.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int copy(int from, int to)
{
    char piece[512];
    ssize_t count;
    while ((count = read(from, piece, sizeof piece)) > 0) {
        if (write(to, piece, (size_t)count) != count)
            return 1;
    }
    return count < 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "echo") == 0)
        return copy(0, 1);
    if (argc == 3 && strcmp(argv[1], "exit") == 0)
        return atoi(argv[2]);
    if (argc == 3 && strcmp(argv[1], "cat") == 0) {
        int fd = open(argv[2], O_RDONLY);
        if (fd < 0)
            return 1;
        int failed = copy(fd, 1);
        close(fd);
        return failed;
    }
    if (argc == 3 && strcmp(argv[1], "parent") == 0)
        return getppid() == (pid_t)atoi(argv[2]) ? 0 : 1;
    return 99;
}
