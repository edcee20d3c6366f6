/*
 * <setjmp.h>: non-local jumps (libc, public header). The buffer holds the
 * callee-saved registers of the x86_64 System V ABI (rbx, rbp, r12-r15),
 * the stack pointer and the return address; see src/setjmp/x86_64/.
 * Signals are never masked by KOITO's in-process signals, so sigsetjmp and
 * siglongjmp are setjmp and longjmp.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef unsigned long jmp_buf[8];
typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf environment) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf environment, int value);
#define sigsetjmp(environment, save_mask) setjmp(environment)
#define siglongjmp(environment, value)    longjmp(environment, value)
#define setjmp                            setjmp
/* POSIX's variants that leave the signal mask alone: the same thing here,
 * since setjmp() saves no mask either. */
#define _setjmp(environment)              setjmp(environment)
#define _longjmp(environment, value)      longjmp(environment, value)

#endif
