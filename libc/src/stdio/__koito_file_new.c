/* A new stream from malloc (libc, stdio core): the FILE and its BUFSIZ
 * buffer in one block, fully buffered, with no transport yet. The caller
 * sets the transport functions, then makes the stream visible with
 * __koito_file_list_add(). */
#include "stdio_impl.h"
#include <stdlib.h>
#include <string.h>

FILE *__koito_file_new(unsigned flags, int descriptor, void *cookie)
{
    FILE *file = malloc(sizeof *file + BUFSIZ);
    if (file == NULL) {
        return NULL;
    }
    memset(file, 0, sizeof *file);
    file->descriptor = descriptor;
    file->cookie = cookie;
    file->buffer = (char *)(file + 1);
    file->capacity = BUFSIZ;
    file->mode = _IOFBF;
    file->flags = flags | __KOITO_FILE_OWNED;
    return file;
}
