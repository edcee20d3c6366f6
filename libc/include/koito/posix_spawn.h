/*
 * <koito/posix_spawn.h>: the layout of a spawn request (KOITO ABI, installed with the SDK; shared
 * by KOITO-libc's posix_spawn(), which writes it into the process's shared buffer with the POSIX
 * server, and the server, which checks every field of it before it acts).
 *
 * The request, from the start of the shared buffer (KOITO_POSIX_BUFFER_SIZE bytes):
 *   struct koito_posix_spawn_header
 *   action_count x struct koito_posix_spawn_action, in the order the file actions were added
 *   strings_size bytes of NUL-terminated strings, in this order: the program's path, argc
 *   arguments, envc environment strings, then the path of every open action in action order
 * The path, argument and environment strings (KOITO_POSIX_SPAWN_STRINGS_MAX bytes at most) are
 * what the child's information block receives: its argv and environ; a request with any file
 * actions and that many bytes of strings fits the buffer. Limits and action kinds:
 * <koito/protocol/posix.h>.
 */
#ifndef KOITO_POSIX_SPAWN_H
#define KOITO_POSIX_SPAWN_H

#include <stdint.h>

struct koito_posix_spawn_header {
    uint32_t argc;
    uint32_t envc;
    uint32_t action_count;
    uint32_t strings_size;
};

struct koito_posix_spawn_action {
    uint32_t kind;       /* KOITO_POSIX_SPAWN_ACTION_* */
    int32_t descriptor;  /* open: where it lands; close: which; dup2: the source */
    int32_t target;      /* dup2: the descriptor it becomes; else 0 */
    uint32_t open_flags; /* open: KOITO_POSIX_OPEN_* */
    uint32_t mode;       /* open: permission bits of a created file */
    uint32_t reserved;   /* 0 */
};

_Static_assert(sizeof(struct koito_posix_spawn_header) == 16, "koito_posix_spawn_header layout");
_Static_assert(sizeof(struct koito_posix_spawn_action) == 24, "koito_posix_spawn_action layout");

#endif
