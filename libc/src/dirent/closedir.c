/* closedir() (libc, dirent): closes the directory's descriptor and frees the
 * DIR. */
#include "dir_impl.h"
#include <stdlib.h>
#include <unistd.h>

int closedir(DIR *directory)
{
    int result = close(directory->descriptor);
    free(directory);
    return result;
}
