/*
 * <errno.h>: error numbers of KOITO-libc (libc, public header).
 *
 * The numbers follow the traditional Unix values so that messages and tools
 * read familiarly; only the codes the library reports are defined so far.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

#define EPERM     1
#define ENOENT    2
#define EIO       5
#define EBADF     9
#define ENOMEM    12
#define EACCES    13
#define EFAULT    14
#define EBUSY     16
#define EEXIST    17
#define EINVAL    22
#define ENOSPC    28
#define EDOM      33
#define ERANGE    34
#define ENOSYS    38
#define EOVERFLOW 75

/* errno is a function call so that each thread can get its own once KOITO has threads. */
int *__errno_location(void);
#define errno (*__errno_location())

#endif
