/* Last-words output that bypasses stdio's buffers (libc, OS port). */
#include "port.h"
#include <string.h>

void __koito_console_message(const char *message)
{
    __koito_console_write(NULL, message, strlen(message));
}
