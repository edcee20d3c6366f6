/* rewinddir() (libc, dirent): back to the first entry, by seeking the
 * directory descriptor to 0 (the POSIX server keeps the position). */
#include "dir_impl.h"
#include <unistd.h>

void rewinddir(DIR *directory)
{
    lseek(directory->descriptor, 0, SEEK_SET);
}
