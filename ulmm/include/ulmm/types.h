/*
 * ULMMI's shared vocabulary: error codes, protection bits, mapping flags and
 * the kinds of kernel object ULMM makes for its clients.
 *
 * Layer: ULMM's public interface (installed with the SDK as <ulmm/types.h>).
 * Self-contained C99: used by ULMM's core (guest and host), its server, the
 * client stubs and the C library's port. The numbers are part of the ULMMI
 * wire format and never change meaning.
 */
#ifndef ULMM_TYPES_H
#define ULMM_TYPES_H

#include <stdint.h>

/* Every ULMMI request answers one of these. Each refusal leaves ULMM and
 * every session exactly as they were. */
enum ulmm_error {
    ULMM_OK = 0,
    ULMM_ERROR_INVALID_ARGUMENT = 1,     /* malformed size, flags, address or kind */
    ULMM_ERROR_OUT_OF_QUOTA = 2,         /* the session's quota does not cover it */
    ULMM_ERROR_OUT_OF_MEMORY = 3,        /* ULMM itself has no memory (or room) left */
    ULMM_ERROR_BAD_HANDLE = 4,           /* no such handle was ever issued (forged) */
    ULMM_ERROR_STALE_HANDLE = 5,         /* the handle's object is gone (replayed) */
    ULMM_ERROR_FOREIGN_HANDLE = 6,       /* the handle belongs to another session */
    ULMM_ERROR_NOT_OWNED = 7,            /* the range lies outside the session's window */
    ULMM_ERROR_NOT_MAPPED = 8,           /* part of the range is not reserved (double unmap) */
    ULMM_ERROR_OVERLAP = 9,              /* part of the range is reserved or backed already */
    ULMM_ERROR_PINNED = 10,              /* the range holds a region the client may not change */
    ULMM_ERROR_WRITE_EXECUTE = 11,       /* writable and executable at once: W^X */
    ULMM_ERROR_INSUFFICIENT_RIGHTS = 12, /* more access than the region or grant allows */
    ULMM_ERROR_NOT_BACKED = 13,          /* a fault where nothing may be mapped */
    ULMM_ERROR_BACKEND = 14,             /* the kernel refused an operation ULMM expected to work */
    ULMM_ERROR_INCONSISTENT = 15,        /* the invariant check found a broken invariant */
};
/* ULMMI's own errors (koito/protocol's numbering) are these, in this order,
 * from KOITO_ULMMI_ERROR_INVALID_ARGUMENT on. */
#define ULMM_ERROR_COUNT 16

/* Protection of a mapping. READ is always required; WRITE and EXECUTE are
 * never granted together (W^X). */
#define ULMM_PROT_READ    UINT64_C(1)
#define ULMM_PROT_WRITE   UINT64_C(2)
#define ULMM_PROT_EXECUTE UINT64_C(4)
#define ULMM_PROT_ALL     (ULMM_PROT_READ | ULMM_PROT_WRITE | ULMM_PROT_EXECUTE)

/* How anonymous memory is backed: every page at once, or each page on its
 * first touch (a fault ULMM resolves with a zeroed page). */
#define ULMM_MAP_EAGER UINT64_C(1)
#define ULMM_MAP_LAZY  UINT64_C(2)
/* With an address: exactly there, or fail. Without: ULMM chooses. */
#define ULMM_MAP_FIXED UINT64_C(4)

/* Kernel objects ULMM makes for a client, charged to its session. */
enum ulmm_object_kind {
    ULMM_OBJECT_THREAD = 1,
    ULMM_OBJECT_IPC_PORT = 2,
    ULMM_OBJECT_NOTIFICATION = 3,
    ULMM_OBJECT_NODE = 4, /* size: the node's radix */
    /* Made only for ULMM's own use, never handed out: */
    ULMM_OBJECT_FRAME = 5,
    ULMM_OBJECT_PAGE_TABLE = 6, /* size: the table's depth */
    /* Never made by ULMM (a session is opened with its address space);
     * named so that asking for one is refused by name. */
    ULMM_OBJECT_ADDRESS_SPACE = 7,
};

#define ULMM_PAGE_BITS 12
#define ULMM_PAGE_SIZE (UINT64_C(1) << ULMM_PAGE_BITS)

/* The part of every address space a client may manage: the lowest page is
 * never mapped (null pointers fault) and the top of the lower half is left to
 * the kernel's rules. */
#define ULMM_WINDOW_START UINT64_C(0x1000)
#define ULMM_WINDOW_END   UINT64_C(0x00007fffffffe000)

/* Bookkeeping ULMM charges for every region, shared object, grant, kernel
 * object handle and session it keeps for a client. */
#define ULMM_RECORD_CHARGE UINT64_C(64)

#endif
