/*
 * <fenv.h>: the floating-point environment (libc, public header).
 *
 * x86_64 has two floating-point units with their own state: SSE (MXCSR:
 * used for float and double) and the x87 (control and status words: used
 * for long double). Every function here acts on both, so a rounding mode or
 * a flag means the same for all three types.
 */
#ifndef _FENV_H
#define _FENV_H

#ifdef __cplusplus
extern "C" {
#endif

/* Exception flags: the same bits in the x87 status word and in MXCSR. */
#define FE_INVALID    0x01
#define FE_DIVBYZERO  0x04
#define FE_OVERFLOW   0x08
#define FE_UNDERFLOW  0x10
#define FE_INEXACT    0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

/* Rounding modes: the x87 control word's encoding (MXCSR's is 3 bits up). */
#define FE_TONEAREST  0x000
#define FE_DOWNWARD   0x400
#define FE_UPWARD     0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

/* The whole environment: the x87 environment as fnstenv stores it, then
 * MXCSR. */
typedef struct {
    unsigned short __control;
    unsigned short __unused1;
    unsigned short __status;
    unsigned short __unused2;
    unsigned short __tags;
    unsigned short __unused3;
    unsigned int __instruction_pointer;
    unsigned short __code_selector;
    unsigned short __opcode;
    unsigned int __data_pointer;
    unsigned short __data_selector;
    unsigned short __unused4;
    unsigned int __mxcsr;
} fenv_t;

/* The environment a program starts with: round to nearest, no flags, every
 * exception masked. */
#define FE_DFL_ENV ((const fenv_t *)-1)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);

#ifdef __cplusplus
}
#endif

#endif
