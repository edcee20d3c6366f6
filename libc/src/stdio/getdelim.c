/* getdelim() (libc, stdio): read up to and including `delimiter` into
 * *line, growing it with realloc; returns the length, or -1 at end of input
 * with nothing read, on error, or with EINVAL/ENOMEM/EOVERFLOW. */
#include "stdio_impl.h"
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

ssize_t getdelim(char **restrict line, size_t *restrict capacity, int delimiter,
                 FILE *restrict stream)
{
    if (line == NULL || capacity == NULL) {
        errno = EINVAL;
        return -1;
    }
    if (*line == NULL) {
        *capacity = 0;
    }
    size_t length = 0;
    ssize_t result = 0;
    __koito_file_lock(stream);
    for (;;) {
        if (length + 1 >= *capacity) {
            size_t grown = *capacity < 64 ? 128 : *capacity * 2;
            char *bigger = grown > (size_t)SSIZE_MAX ? NULL : realloc(*line, grown);
            if (bigger == NULL) {
                errno = grown > (size_t)SSIZE_MAX ? EOVERFLOW : ENOMEM;
                stream->error = 1;
                result = -1;
                break;
            }
            *line = bigger;
            *capacity = grown;
        }
        int character = __koito_file_getc(stream);
        if (character == EOF) {
            result = length > 0 && !stream->error ? (ssize_t)length : -1;
            break;
        }
        (*line)[length++] = (char)character;
        if (character == (unsigned char)delimiter) {
            result = (ssize_t)length;
            break;
        }
    }
    if (*line != NULL) {
        (*line)[length] = '\0';
    }
    __koito_file_unlock(stream);
    return result;
}
