/* link() (libc, unistd): gives the file `existing` a second name, `path`: linkat() from the
 * working directory. */
#include <fcntl.h>
#include <unistd.h>

int link(const char *existing, const char *path)
{
    return linkat(AT_FDCWD, existing, AT_FDCWD, path, 0);
}
