/* fopen()'s mode strings (libc, stdio core): "r", "w", "a", each with an
 * optional "+", then any of "b" (no effect), "x" (create exclusively, with
 * "w") and "e" (close on exec), in any order. */
#include "stdio_impl.h"
#include <errno.h>
#include <fcntl.h>

int __koito_file_mode(const char *mode, unsigned *stream_flags, int *open_flags)
{
    switch (*mode) {
    case 'r':
        *stream_flags = __KOITO_FILE_READ;
        *open_flags = O_RDONLY;
        break;
    case 'w':
        *stream_flags = __KOITO_FILE_WRITE;
        *open_flags = O_WRONLY | O_CREAT | O_TRUNC;
        break;
    case 'a':
        *stream_flags = __KOITO_FILE_WRITE | __KOITO_FILE_APPEND;
        *open_flags = O_WRONLY | O_CREAT | O_APPEND;
        break;
    default:
        errno = EINVAL;
        return -1;
    }
    for (const char *m = mode + 1; *m != '\0'; m++) {
        switch (*m) {
        case '+':
            *stream_flags |= __KOITO_FILE_READ | __KOITO_FILE_WRITE;
            *open_flags = (*open_flags & ~O_ACCMODE) | O_RDWR;
            break;
        case 'b':
            break;
        case 'x':
            if (*mode != 'w') {
                errno = EINVAL;
                return -1;
            }
            *open_flags |= O_EXCL;
            break;
        case 'e':
            *open_flags |= O_CLOEXEC;
            break;
        default:
            errno = EINVAL;
            return -1;
        }
    }
    return 0;
}
