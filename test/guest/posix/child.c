/*
 * A child of the POSIX server suite (test/guest/posix): appends one byte to /tmp/children and
 * leaves without closing its descriptor, so the server must release what it held once it ended.
 * Exits with 0, or 1 when the server refused it.
 */
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
    int fd = open("/tmp/children", O_WRONLY | O_CREAT | O_APPEND, 0644);
    return fd >= 0 && write(fd, "c", 1) == 1 ? 0 : 1;
}
