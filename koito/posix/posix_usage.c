/*
 * The usage request (KOITO POSIX server, koito/posix; see posix_service.h): the server's own use
 * of memory, so a leak check can compare it before and after many processes ran: its heap's
 * bytes in use (mallinfo2: the server has one thread, so the figure is exact), the bytes its
 * ULMM session is charged (its heap's pages, its shared buffers' frames, its notifications) and
 * its process records.
 */
#include "posix_service.h"

#include <koito/process.h>
#include <koito/slots.h>
#include <malloc.h>
#include <ulmm/ulmmi.h>

enum koito_posix_error posix_usage_request(void *context, uint64_t badge, uint64_t *heap,
                                           uint64_t *session, uint64_t *records)
{
    struct posix_service *service = context;
    if (posix_service_process(service, badge) == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    *heap = mallinfo2().uordblks;
    uint64_t quota = 0;
    *session = 0;
    if (koito_ulmmi_quota(koito_slot(KOITO_SLOT_MEMORY), &quota, session, NULL) != KOITO_ULMMI_OK)
        *session = 0;
    *records = 0;
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++)
        *records += service->used[i];
    return KOITO_POSIX_OK;
}
