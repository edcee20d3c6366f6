/*
 * <sys/utsname.h>: the system's names (libc, public header). KOITO's are
 * fixed by the build: system "KOITO", node "koito", the release of the SDK
 * the program was built with, machine "x86_64". The field sizes are Linux's.
 */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#define __KOITO_UTSNAME_LENGTH 65

struct utsname {
    char sysname[__KOITO_UTSNAME_LENGTH];
    char nodename[__KOITO_UTSNAME_LENGTH];
    char release[__KOITO_UTSNAME_LENGTH];
    char version[__KOITO_UTSNAME_LENGTH];
    char machine[__KOITO_UTSNAME_LENGTH];
    char domainname[__KOITO_UTSNAME_LENGTH];
};

int uname(struct utsname *names);

#endif
