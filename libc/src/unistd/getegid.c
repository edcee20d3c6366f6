/* getegid() (libc, unistd): KOITO has no users: authority is held as
 * capabilities, not by identity, so every process is user and group 0. */
#include <unistd.h>

gid_t getegid(void)
{
    return 0;
}
