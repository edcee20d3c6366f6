/*
 * <ulmm/pages.h>: the smallest ULMMI client, for a C library's allocator:
 * map and unmap anonymous read-write pages through the calling process's
 * ULMM session.
 *
 * Layer: ULMM's public interface (installed with the SDK). Header-only and
 * self-contained: it needs nothing but <a9n/a9n.h>, so a C library can use
 * it below libkoito. It sends the same messages as the generated stubs
 * koito_ulmmi_map() and koito_ulmmi_unmap() (<ulmm/ulmmi.h>); the ULMM
 * server checks at compile time that the numbers here are ULMMI's.
 * Thread-safe: each call uses only the calling thread's registers.
 */
#ifndef ULMM_PAGES_H
#define ULMM_PAGES_H

#include <a9n/a9n.h>
#include <stddef.h>
#include <stdint.h>

#define ULMM_PAGES_LABEL_MAP   UINT64_C(0x30002) /* ULMMI map */
#define ULMM_PAGES_LABEL_UNMAP UINT64_C(0x30004) /* ULMMI unmap */
#define ULMM_PAGES_READ_WRITE  UINT64_C(3)       /* prot read | write */
#define ULMM_PAGES_EAGER       UINT64_C(1)       /* every page backed before the answer */

/* `bytes` (a non-zero multiple of 4 KiB) of zeroed read-write memory,
 * backed at once so that running out of quota is an answer (NULL), never a
 * fault later; NULL also when the session refuses for any other reason. */
static inline void *ulmm_pages_map(a9n_descriptor_t session, size_t bytes)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(5, 0)};
    message.words[0] = ULMM_PAGES_LABEL_MAP;
    message.words[1] = 0;
    message.words[2] = bytes;
    message.words[3] = ULMM_PAGES_READ_WRITE;
    message.words[4] = ULMM_PAGES_EAGER;
    if (a9n_ipc_port_call(session, &message) != A9N_OK || A9N_MESSAGE_LENGTH(message.info) != 2 ||
        message.words[0] != 0)
        return NULL;
    return (void *)(uintptr_t)message.words[1];
}

/* Give back pages ulmm_pages_map() gave; 0 on success, else ULMMI's error
 * (or the kernel's, for a call that did not reach ULMM). */
static inline uint64_t ulmm_pages_unmap(a9n_descriptor_t session, void *pages, size_t bytes)
{
    struct a9n_message message = {.info = A9N_MESSAGE_INFO(3, 0)};
    message.words[0] = ULMM_PAGES_LABEL_UNMAP;
    message.words[1] = (uint64_t)(uintptr_t)pages;
    message.words[2] = bytes;
    enum a9n_error error = a9n_ipc_port_call(session, &message);
    if (error != A9N_OK)
        return (uint64_t)error;
    return A9N_MESSAGE_LENGTH(message.info) >= 1 ? message.words[0] : UINT64_MAX;
}

#endif
