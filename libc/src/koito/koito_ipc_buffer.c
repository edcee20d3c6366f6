/*
 * koito_ipc_buffer(): the calling thread's IPC buffer page (KOITO API, libc OS port), read from the
 * thread control block its TLS base points at, so every thread gets its own.
 */
#include "port.h"
#include <koito/boot.h>
#include <koito/process.h>
#include <stddef.h>

void *koito_ipc_buffer(void)
{
    void *buffer;
    __asm__("mov %%fs:%c1, %0"
            : "=r"(buffer)
            : "i"(offsetof(struct koito_thread_control, ipc_buffer)));
    return buffer;
}
