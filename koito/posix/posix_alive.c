/*
 * Whether a process still runs, and the processor time it has used (KOITO POSIX server,
 * koito/posix; see posix_service.h): init, the supervisor of every process, answers
 * KOITO_SUPERVISOR_ALIVE and KOITO_SUPERVISOR_CPU_TIME for the server (<koito/process.h>).
 */
#include "posix_service.h"

#include <koito/process.h>
#include <koito/slots.h>

bool posix_process_alive(uint64_t pid)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_ALIVE;
    message.words[1] = pid;
    if (a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message) != A9N_OK ||
        message.words[0] != A9N_OK)
        return true;
    return message.words[1] != 0;
}

uint64_t posix_process_cpu_time(uint64_t pid)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(2, 0)};
    message.words[0] = KOITO_SUPERVISOR_CPU_TIME;
    message.words[1] = pid;
    if (a9n_ipc_port_call(koito_slot(KOITO_SLOT_SUPERVISOR), &message) != A9N_OK ||
        message.words[0] != A9N_OK)
        return 0;
    return message.words[1];
}
