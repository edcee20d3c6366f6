/*
 * <pwd.h>: the user database (libc, public header). KOITO has no users yet:
 * the database is empty, so every lookup finds nothing (NULL, errno
 * unchanged, as POSIX says for a missing entry).
 */
#ifndef _PWD_H
#define _PWD_H

#include <sys/types.h>

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

struct passwd *getpwuid(uid_t user);
struct passwd *getpwnam(const char *name);

#endif
