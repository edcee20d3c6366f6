/*
 * <setjmp.h>: non-local jumps (libc, public header). The buffer holds the
 * callee-saved registers of the x86_64 System V ABI (rbx, rbp, r12-r15),
 * the stack pointer and the return address; see src/setjmp/x86_64/.
 * A sigjmp_buf adds whether sigsetjmp() saved the signal mask and the mask,
 * which siglongjmp() puts back: leaving a handler by siglongjmp() unblocks
 * its signal again. setjmp() and longjmp() leave the mask alone (like
 * _setjmp and _longjmp), so a handler left by longjmp() keeps its signal
 * blocked.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef unsigned long jmp_buf[8];
typedef unsigned long sigjmp_buf[10];

int setjmp(jmp_buf environment) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf environment, int value);
int sigsetjmp(sigjmp_buf environment, int save_mask) __attribute__((__returns_twice__));
_Noreturn void siglongjmp(sigjmp_buf environment, int value);
#define setjmp                       setjmp
/* POSIX's variants that leave the signal mask alone: the same thing here,
 * since setjmp() saves no mask either. */
#define _setjmp(environment)         setjmp(environment)
#define _longjmp(environment, value) longjmp(environment, value)

#endif
