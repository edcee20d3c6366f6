/* __koito_dir_new() (libc, dirent, internal): the DIR over an open directory descriptor that
 * opendir() and fdopendir() hand out. */
#include "dir_impl.h"
#include <stdlib.h>

DIR *__koito_dir_new(int descriptor)
{
    DIR *directory = malloc(sizeof *directory);
    if (directory != NULL) {
        directory->descriptor = descriptor;
    }
    return directory;
}
