/*
 * <assert.h>: run-time assertions (libc, public header).
 *
 * Deliberately without an include guard: C lets a program include it again
 * after changing NDEBUG. A failed assertion prints the expression, file, line
 * and function to stderr and aborts.
 */
#undef assert

#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
_Noreturn void __assert_fail(const char *expression, const char *file, int line,
                             const char *function);
#define assert(expression)                                                                         \
    ((expression) ? (void)0 : __assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#if !defined(__cplusplus) && !defined(static_assert)
#define static_assert _Static_assert
#endif
