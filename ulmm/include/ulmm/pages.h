/*
 * <ulmm/pages.h>: the smallest ULMMI client, for a C library: reserve, map, unmap and protect
 * anonymous pages through the calling process's ULMM session.
 *
 * Layer: ULMM's public interface (installed with the SDK). Header-only and self-contained: it
 * needs nothing but <a9n/a9n.h>, so a C library can use it below libkoito (KOITO-libc's port layer,
 * libc/src/koito, does). It sends the same messages as the generated stubs koito_ulmmi_reserve(),
 * koito_ulmmi_map(), koito_ulmmi_unmap() and koito_ulmmi_protect() (<ulmm/ulmmi.h>); the ULMM
 * server checks at compile time that every number here is ULMMI's. Thread-safe: each call uses
 * only the calling thread's registers.
 */
#ifndef ULMM_PAGES_H
#define ULMM_PAGES_H

#include <a9n/a9n.h>
#include <stddef.h>
#include <stdint.h>

#define ULMM_PAGES_LABEL_RESERVE UINT64_C(0x30001) /* ULMMI reserve */
#define ULMM_PAGES_LABEL_MAP     UINT64_C(0x30002) /* ULMMI map */
#define ULMM_PAGES_LABEL_UNMAP   UINT64_C(0x30004) /* ULMMI unmap */
#define ULMM_PAGES_LABEL_PROTECT UINT64_C(0x30005) /* ULMMI protect */
#define ULMM_PAGES_READ          UINT64_C(1)       /* prot read */
#define ULMM_PAGES_WRITE         UINT64_C(2)       /* prot write */
#define ULMM_PAGES_EXECUTE       UINT64_C(4)       /* prot execute */
#define ULMM_PAGES_READ_WRITE    (ULMM_PAGES_READ | ULMM_PAGES_WRITE)
#define ULMM_PAGES_EAGER         UINT64_C(1) /* every page backed before the answer */
#define ULMM_PAGES_LAZY          UINT64_C(2) /* each page backed on its first touch */
#define ULMM_PAGES_FIXED         UINT64_C(4) /* exactly at the address given */

/* ULMMI's errors a C library tells apart (the others are its own or the kernel's). */
#define ULMM_PAGES_ERROR_INVALID_ARGUMENT UINT64_C(272)
#define ULMM_PAGES_ERROR_OUT_OF_QUOTA     UINT64_C(273)
#define ULMM_PAGES_ERROR_OUT_OF_MEMORY    UINT64_C(274)
#define ULMM_PAGES_ERROR_NOT_OWNED        UINT64_C(278)
#define ULMM_PAGES_ERROR_NOT_MAPPED       UINT64_C(279)
#define ULMM_PAGES_ERROR_OVERLAP          UINT64_C(280)
#define ULMM_PAGES_ERROR_PINNED           UINT64_C(281)
#define ULMM_PAGES_ERROR_WRITE_EXECUTE    UINT64_C(282)

/* One request of up to four arguments whose reply is the error and at most one value; 0 or
 * ULMMI's error (the kernel's, 1..255, for a call that did not reach ULMM). */
static inline uint64_t ulmm_pages_request(a9n_descriptor_t session, uint64_t label, uint64_t count,
                                          const uint64_t *arguments, uint64_t *value)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(1 + count, 0)};
    message.words[0] = label;
    for (uint64_t i = 0; i < count && i < 4; i++)
        message.words[1 + i] = arguments[i];
    enum a9n_error error = a9n_ipc_port_call(session, &message);
    if (error != A9N_OK)
        return (uint64_t)error;
    uint64_t length = A9N_MESSAGE_LENGTH(message.info);
    if (length == 0)
        return UINT64_MAX;
    if (message.words[0] == 0 && value != NULL)
        *value = length >= 2 ? message.words[1] : 0;
    return message.words[0];
}

/* Reserve and back `bytes` (a non-zero multiple of 4 KiB) with zeroed pages; *start: where. */
static inline uint64_t ulmm_pages_map_at(a9n_descriptor_t session, uint64_t address, uint64_t bytes,
                                         uint64_t prot, uint64_t flags, uint64_t *start)
{
    const uint64_t arguments[4] = {address, bytes, prot, flags};
    return ulmm_pages_request(session, ULMM_PAGES_LABEL_MAP, 4, arguments, start);
}

/* Reserve `bytes` unbacked (no access: a touch is a fault for the supervisor). */
static inline uint64_t ulmm_pages_reserve(a9n_descriptor_t session, uint64_t address,
                                          uint64_t bytes, uint64_t flags, uint64_t *start)
{
    const uint64_t arguments[3] = {address, bytes, flags};
    return ulmm_pages_request(session, ULMM_PAGES_LABEL_RESERVE, 3, arguments, start);
}

/* Give back a range: its pages are freed and it is no longer reserved. */
static inline uint64_t ulmm_pages_unmap(a9n_descriptor_t session, void *pages, size_t bytes)
{
    const uint64_t arguments[2] = {(uint64_t)(uintptr_t)pages, bytes};
    return ulmm_pages_request(session, ULMM_PAGES_LABEL_UNMAP, 2, arguments, NULL);
}

/* Change a reserved range's protection (W^X holds). */
static inline uint64_t ulmm_pages_protect(a9n_descriptor_t session, void *pages, size_t bytes,
                                          uint64_t prot)
{
    const uint64_t arguments[3] = {(uint64_t)(uintptr_t)pages, bytes, prot};
    return ulmm_pages_request(session, ULMM_PAGES_LABEL_PROTECT, 3, arguments, NULL);
}

/* `bytes` of zeroed read-write memory anywhere, backed at once so that running out of quota is an
 * answer (NULL), never a fault later; NULL also when the session refuses for any other reason. */
static inline void *ulmm_pages_map(a9n_descriptor_t session, size_t bytes)
{
    uint64_t start = 0;
    if (ulmm_pages_map_at(session, 0, bytes, ULMM_PAGES_READ_WRITE, ULMM_PAGES_EAGER, &start) != 0)
        return NULL;
    return (void *)(uintptr_t)start;
}

#endif
