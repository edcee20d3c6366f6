/* vdprintf(): format to a descriptor (libc, stdio), through an unbuffered
 * stream on the stack that writes with the descriptor transport. */
#include "stdio_impl.h"
#include <stdarg.h>

int vdprintf(int descriptor, const char *restrict format, va_list arguments)
{
    char byte;
    FILE file = {
        .write = __koito_fd_write,
        .descriptor = descriptor,
        .buffer = &byte,
        .capacity = 1,
        .mode = _IONBF,
        .flags = __KOITO_FILE_WRITE,
    };
    return vfprintf(&file, format, arguments);
}
