/*
 * __koito_console_ready(): whether the console's input waits (libc, OS port; see port.h): one
 * input_ready request on the console capability in KOITO_SLOT_STDIN. Without the console server
 * a read finds the end of input at once (__koito_console_input), so that is ready too; a failed
 * request says ready as well, so that the read that follows reports the error.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol/console.h>

int __koito_console_ready(void)
{
    uint64_t console = __koito_console_capability(KOITO_SLOT_STDIN);
    if (console == A9N_DESCRIPTOR_INVALID)
        return 1;
    uint64_t *words = koito_ipc_buffer();
    words[0] = KOITO_CONSOLE_INPUT_READY;
    long reply = __koito_console_call(console, words, 1);
    return reply != 2 || words[1] != 0;
}
