/* Last-words output that bypasses stdio's buffers and the POSIX server: straight to the process's
 * standard error stream (libc, OS port). */
#include "port.h"
#include <string.h>

void __koito_console_message(const char *message)
{
    __koito_console_output(2, message, strlen(message));
}
