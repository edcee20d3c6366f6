/*
 * <fnmatch.h>: shell wildcard matching (libc, public header; POSIX).
 *
 * Patterns are matched byte by byte, as in the "C" locale. The flag values
 * are glibc's, so programs and tests built for either agree on them.
 */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#define FNM_NOMATCH 1 /* fnmatch's result when the string does not match */

#define FNM_PATHNAME    0x01 /* '/' only matches a '/' in the pattern */
#define FNM_NOESCAPE    0x02 /* '\\' is an ordinary character */
#define FNM_PERIOD      0x04 /* a leading '.' only matches a '.' in the pattern */
#define FNM_LEADING_DIR 0x08 /* GNU: the pattern may match a leading part ending before '/' */
#define FNM_CASEFOLD    0x10 /* GNU: letters match either case */
#define FNM_FILE_NAME   FNM_PATHNAME

int fnmatch(const char *pattern, const char *string, int flags);

#endif
