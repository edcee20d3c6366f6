/* globfree(): release what glob() stored (libc, glob; <glob.h>, POSIX). */
#include <glob.h>
#include <stdlib.h>

void globfree(glob_t *paths)
{
    if (paths->gl_pathv == NULL)
        return;
    for (size_t index = 0; index < paths->gl_pathc; index++)
        free(paths->gl_pathv[paths->gl_offs + index]);
    free(paths->gl_pathv);
    paths->gl_pathv = NULL;
    paths->gl_pathc = 0;
}
