/*
 * Compiler helpers shared by every public A9N header.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11;
 * depends on nothing but the compiler's freestanding headers.
 */
#ifndef A9N_COMPILER_H
#define A9N_COMPILER_H

#define A9N_PASTE_INNER(a, b) a##b
#define A9N_PASTE(a, b)       A9N_PASTE_INNER(a, b)

/* Compile-time layout checks that also work in C99, where _Static_assert is
 * missing: there a negative array size fails. The typedef's name must be
 * unique across headers, hence __COUNTER__ where the compiler has it. */
#if defined(__COUNTER__)
#define A9N_UNIQUE_NAME(prefix) A9N_PASTE(prefix, __COUNTER__)
#else
#define A9N_UNIQUE_NAME(prefix) A9N_PASTE(prefix, __LINE__)
#endif

#if defined(__cplusplus)
#define A9N_STATIC_ASSERT(condition, message) static_assert(condition, message)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define A9N_STATIC_ASSERT(condition, message) _Static_assert(condition, message)
#else
#define A9N_STATIC_ASSERT(condition, message)                                                      \
    typedef char A9N_UNIQUE_NAME(a9n_static_assert_)[(condition) ? 1 : -1]
#endif

#if defined(__cplusplus)
#define A9N_EXTERN_C_BEGIN extern "C" {
#define A9N_EXTERN_C_END   }
#else
#define A9N_EXTERN_C_BEGIN
#define A9N_EXTERN_C_END
#endif

#endif
