/* dirfd() (libc, dirent): the descriptor under a DIR. */
#include "dir_impl.h"

int dirfd(DIR *directory)
{
    return directory->descriptor;
}
