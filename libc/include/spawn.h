/*
 * <spawn.h>: starting programs without fork (libc, public header). posix_spawn() asks the POSIX
 * server, which builds the child's descriptors from the caller's and the file actions and has
 * init start the program from a file of the initrd (<koito/posix_spawn.h> is the request).
 *
 * Supported: the file actions open, close and dup2 (at most POSIX_SPAWN_ACTIONS_MAX per object,
 * their paths POSIX_SPAWN_PATHS_MAX bytes together: ENOMEM past either); the attribute flags
 * POSIX_SPAWN_SETSIGDEF (the signals of posix_spawnattr_setsigdefault's set start at their
 * default action even when the caller ignores them: without it the child ignores what the caller
 * ignores, and a caught signal starts at its default), POSIX_SPAWN_RESETIDS (nothing to do:
 * there is one user), POSIX_SPAWN_SETSIGMASK (the child starts with the mask
 * posix_spawnattr_setsigmask gave, less SIGKILL and SIGSTOP; without it with the caller's mask) and
 * POSIX_SPAWN_SETPGROUP (the child joins the group posix_spawnattr_setpgroup named, 0: a new group
 * of its own; a group outside the caller's session is EPERM). A group, a non-empty mask and a
 * non-empty set of ignored signals each count as one of the POSIX_SPAWN_ACTIONS_MAX actions. Not
 * supported, posix_spawn() fails with ENOTSUP: scheduling (POSIX_SPAWN_SETSCHEDPARAM,
 * POSIX_SPAWN_SETSCHEDULER). Arguments and environment: sysconf(_SC_ARG_MAX) bytes together
 * with the path, NULs included (9,456, whatever the file actions; E2BIG past that), and 512
 * strings at most (E2BIG past them), at least argv[0].
 */
#ifndef _SPAWN_H
#define _SPAWN_H

#define __KOITO_NEED_pid_t
#define __KOITO_NEED_mode_t
#include <bits/types.h>
#include <signal.h>

#ifdef __cplusplus
extern "C" {
#endif

#define POSIX_SPAWN_RESETIDS      0x01
#define POSIX_SPAWN_SETPGROUP     0x02
#define POSIX_SPAWN_SETSIGDEF     0x04
#define POSIX_SPAWN_SETSIGMASK    0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER  0x20

#define POSIX_SPAWN_ACTIONS_MAX 32
#define POSIX_SPAWN_PATHS_MAX   2048

typedef struct {
    short __flags;
    pid_t __group;
    sigset_t __mask;
    sigset_t __default;
} posix_spawnattr_t;

typedef struct {
    unsigned __count;
    unsigned __paths_used;
    struct {
        int __kind;
        int __descriptor;
        int __target;
        int __flags;
        unsigned __mode;
        unsigned __path; /* offset in __paths */
    } __actions[POSIX_SPAWN_ACTIONS_MAX];
    char __paths[POSIX_SPAWN_PATHS_MAX];
} posix_spawn_file_actions_t;

int posix_spawn(pid_t *restrict process, const char *restrict path,
                const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
                char *const argv[restrict], char *const envp[restrict]);
int posix_spawnp(pid_t *restrict process, const char *restrict file,
                 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
                 char *const argv[restrict], char *const envp[restrict]);

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict actions, int descriptor,
                                     const char *restrict path, int flags, mode_t mode);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int descriptor);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int descriptor,
                                     int target);

int posix_spawnattr_init(posix_spawnattr_t *attr);
int posix_spawnattr_destroy(posix_spawnattr_t *attr);
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);
int posix_spawnattr_getflags(const posix_spawnattr_t *restrict attr, short *restrict flags);
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t group);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *restrict attr, pid_t *restrict group);
int posix_spawnattr_setsigmask(posix_spawnattr_t *restrict attr, const sigset_t *restrict mask);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *restrict attr, sigset_t *restrict mask);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict attr,
                                  const sigset_t *restrict signals);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *restrict attr,
                                  sigset_t *restrict signals);

#ifdef __cplusplus
}
#endif

#endif
