/*
 * <ctype.h>: character classes of KOITO-libc (libc, public header).
 *
 * Every locale KOITO-libc has classifies single bytes as the "C" locale
 * does: only ASCII characters belong to a class; bytes 0x80-0xff belong to
 * none and convert to themselves.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

int isalnum(int character);
int isalpha(int character);
int isblank(int character);
int iscntrl(int character);
int isdigit(int character);
int isgraph(int character);
int islower(int character);
int isprint(int character);
int ispunct(int character);
int isspace(int character);
int isupper(int character);
int isxdigit(int character);
int tolower(int character);
int toupper(int character);

/* POSIX additions. */
int isascii(int character);
int toascii(int character);

#endif
