/* koito_ipc_buffer(): the calling thread's IPC buffer page (KOITO API, libc OS port). */
#include "port.h"
#include <koito/boot.h>

void *koito_ipc_buffer(void)
{
    return __koito_ipc_buffer_pointer;
}
