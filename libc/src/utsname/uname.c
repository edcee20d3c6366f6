/* uname() (libc, utsname): KOITO's names, fixed by the build (see
 * <sys/utsname.h>); __KOITO_RELEASE is the SDK's version, defined by the
 * build for this file alone. */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>

#ifndef __KOITO_RELEASE
#error "__KOITO_RELEASE (the SDK version) must be defined by the build"
#endif

int uname(struct utsname *names)
{
    if (!names) {
        errno = EFAULT;
        return -1;
    }
    memset(names, 0, sizeof *names);
    strcpy(names->sysname, "KOITO");
    strcpy(names->nodename, "koito");
    strcpy(names->release, __KOITO_RELEASE);
    strcpy(names->version, "KOITO on A9N " __KOITO_RELEASE);
    strcpy(names->machine, "x86_64");
    strcpy(names->domainname, "(none)");
    return 0;
}
