/* fgets() (libc, stdio): read a line (up to size - 1 bytes, newline kept)
 * and terminate it; NULL if end of input came before any byte, or if a read
 * error happened. */
#include "stdio_impl.h"

char *fgets(char *restrict line, int size, FILE *restrict stream)
{
    if (size <= 0) {
        return NULL;
    }
    int stored = 0;
    __koito_file_lock(stream);
    int earlier_error = stream->error;
    while (stored < size - 1) {
        int character = __koito_file_getc(stream);
        if (character == EOF) {
            break;
        }
        line[stored++] = (char)character;
        if (character == '\n') {
            break;
        }
    }
    int failed = stream->error && !earlier_error;
    __koito_file_unlock(stream);
    if (stored == 0 && size > 1) {
        return NULL;
    }
    line[stored] = '\0';
    return failed ? NULL : line;
}
