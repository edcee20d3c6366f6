/*
 * abort(): end the program at once, without handlers or flushing (libc,
 * stdlib). The status is 125, the one KOITO reports for abnormal ends.
 */
#include "port.h"
#include <stdlib.h>

_Noreturn void abort(void)
{
    __koito_console_message("koito: abort() called\n");
    _Exit(125);
}
