/*
 * ISO C17 7.17 <stdatomic.h>: every operation (init, store, load, exchange, both
 * compare-exchanges on success and on failure, the five fetch-and-modify operations, and each
 * _explicit form) on every atomic integer type of 7.17.6 and on an atomic pointer (fetch_add
 * scales by the pointed-to size), the lock-free macros and atomic_is_lock_free, atomic_flag,
 * the fences and kill_dependency. One thread: the values, not the orderings, are checked.
 */
#include "check.h"
#include <limits.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <uchar.h>

/* Every operation on one atomic type T, starting from value 5. Unsigned arithmetic wraps. */
#define CHECK_ATOMIC_TYPE(atomic_type, value_type)                                                 \
    do {                                                                                           \
        atomic_type object;                                                                        \
        atomic_init(&object, (value_type)5);                                                       \
        CHECK(atomic_load(&object) == (value_type)5);                                              \
        atomic_store(&object, (value_type)7);                                                      \
        CHECK(atomic_load_explicit(&object, memory_order_acquire) == (value_type)7);               \
        atomic_store_explicit(&object, (value_type)9, memory_order_release);                       \
        CHECK(atomic_exchange(&object, (value_type)11) == (value_type)9);                          \
        CHECK(atomic_exchange_explicit(&object, (value_type)12, memory_order_acq_rel) ==           \
              (value_type)11);                                                                     \
        value_type expected = (value_type)12;                                                      \
        CHECK(atomic_compare_exchange_strong(&object, &expected, (value_type)20));                 \
        CHECK(expected == (value_type)12 && atomic_load(&object) == (value_type)20);               \
        expected = (value_type)3;                                                                  \
        CHECK(!atomic_compare_exchange_strong(&object, &expected, (value_type)30));                \
        CHECK(expected == (value_type)20 && atomic_load(&object) == (value_type)20);               \
        expected = (value_type)3;                                                                  \
        CHECK(!atomic_compare_exchange_strong_explicit(                                            \
            &object, &expected, (value_type)30, memory_order_seq_cst, memory_order_relaxed));      \
        CHECK(expected == (value_type)20);                                                         \
        /* weak may fail spuriously: retry until it succeeds */                                    \
        expected = (value_type)20;                                                                 \
        while (!atomic_compare_exchange_weak(&object, &expected, (value_type)21))                  \
            CHECK(expected == (value_type)20);                                                     \
        CHECK(atomic_load(&object) == (value_type)21);                                             \
        expected = (value_type)21;                                                                 \
        while (!atomic_compare_exchange_weak_explicit(&object, &expected, (value_type)22,          \
                                                      memory_order_acq_rel, memory_order_acquire)) \
            CHECK(expected == (value_type)21);                                                     \
        expected = (value_type)0;                                                                  \
        CHECK(!atomic_compare_exchange_weak(&object, &expected, (value_type)1));                   \
        CHECK(expected == (value_type)22);                                                         \
        CHECK(atomic_fetch_add(&object, (value_type)3) == (value_type)22);                         \
        CHECK(atomic_fetch_sub(&object, (value_type)5) == (value_type)25);                         \
        CHECK(atomic_fetch_or(&object, (value_type)0x21) == (value_type)20);                       \
        CHECK(atomic_fetch_xor(&object, (value_type)0x05) == (value_type)0x35);                    \
        CHECK(atomic_fetch_and(&object, (value_type)0x1c) == (value_type)0x30);                    \
        CHECK(atomic_load(&object) == (value_type)0x10);                                           \
        CHECK(atomic_fetch_add_explicit(&object, (value_type)1, memory_order_relaxed) ==           \
              (value_type)0x10);                                                                   \
        CHECK(atomic_fetch_sub_explicit(&object, (value_type)2, memory_order_relaxed) ==           \
              (value_type)0x11);                                                                   \
        CHECK(atomic_fetch_or_explicit(&object, (value_type)0x40, memory_order_relaxed) ==         \
              (value_type)0x0f);                                                                   \
        CHECK(atomic_fetch_xor_explicit(&object, (value_type)0x0f, memory_order_relaxed) ==        \
              (value_type)0x4f);                                                                   \
        CHECK(atomic_fetch_and_explicit(&object, (value_type)0x7f, memory_order_relaxed) ==        \
              (value_type)0x40);                                                                   \
        CHECK(atomic_load(&object) == (value_type)0x40);                                           \
        /* compound assignment and ++ are atomic read-modify-writes too */                         \
        object += (value_type)2;                                                                   \
        object++;                                                                                  \
        CHECK(atomic_load(&object) == (value_type)0x43);                                           \
        CHECK(atomic_is_lock_free(&object));                                                       \
    } while (0)

static void integer_types(void)
{
    CHECK_ATOMIC_TYPE(atomic_char, char);
    CHECK_ATOMIC_TYPE(atomic_schar, signed char);
    CHECK_ATOMIC_TYPE(atomic_uchar, unsigned char);
    CHECK_ATOMIC_TYPE(atomic_short, short);
    CHECK_ATOMIC_TYPE(atomic_ushort, unsigned short);
    CHECK_ATOMIC_TYPE(atomic_int, int);
    CHECK_ATOMIC_TYPE(atomic_uint, unsigned int);
    CHECK_ATOMIC_TYPE(atomic_long, long);
    CHECK_ATOMIC_TYPE(atomic_ulong, unsigned long);
    CHECK_ATOMIC_TYPE(atomic_llong, long long);
    CHECK_ATOMIC_TYPE(atomic_ullong, unsigned long long);
    CHECK_ATOMIC_TYPE(atomic_char16_t, char16_t);
    CHECK_ATOMIC_TYPE(atomic_char32_t, char32_t);
    CHECK_ATOMIC_TYPE(atomic_wchar_t, wchar_t);
    CHECK_ATOMIC_TYPE(atomic_int_least8_t, int_least8_t);
    CHECK_ATOMIC_TYPE(atomic_uint_least8_t, uint_least8_t);
    CHECK_ATOMIC_TYPE(atomic_int_least16_t, int_least16_t);
    CHECK_ATOMIC_TYPE(atomic_uint_least16_t, uint_least16_t);
    CHECK_ATOMIC_TYPE(atomic_int_least32_t, int_least32_t);
    CHECK_ATOMIC_TYPE(atomic_uint_least32_t, uint_least32_t);
    CHECK_ATOMIC_TYPE(atomic_int_least64_t, int_least64_t);
    CHECK_ATOMIC_TYPE(atomic_uint_least64_t, uint_least64_t);
    CHECK_ATOMIC_TYPE(atomic_int_fast8_t, int_fast8_t);
    CHECK_ATOMIC_TYPE(atomic_uint_fast8_t, uint_fast8_t);
    CHECK_ATOMIC_TYPE(atomic_int_fast16_t, int_fast16_t);
    CHECK_ATOMIC_TYPE(atomic_uint_fast16_t, uint_fast16_t);
    CHECK_ATOMIC_TYPE(atomic_int_fast32_t, int_fast32_t);
    CHECK_ATOMIC_TYPE(atomic_uint_fast32_t, uint_fast32_t);
    CHECK_ATOMIC_TYPE(atomic_int_fast64_t, int_fast64_t);
    CHECK_ATOMIC_TYPE(atomic_uint_fast64_t, uint_fast64_t);
    CHECK_ATOMIC_TYPE(atomic_intptr_t, intptr_t);
    CHECK_ATOMIC_TYPE(atomic_uintptr_t, uintptr_t);
    CHECK_ATOMIC_TYPE(atomic_size_t, size_t);
    CHECK_ATOMIC_TYPE(atomic_ptrdiff_t, ptrdiff_t);
    CHECK_ATOMIC_TYPE(atomic_intmax_t, intmax_t);
    CHECK_ATOMIC_TYPE(atomic_uintmax_t, uintmax_t);

    /* Wrap-around of unsigned types, and the signed extremes through exchange. */
    atomic_uint wraps = 0;
    CHECK_EQ(atomic_fetch_sub(&wraps, 1), 0);
    CHECK(atomic_load(&wraps) == UINT_MAX);
    atomic_llong extreme = LLONG_MIN;
    CHECK(atomic_exchange(&extreme, LLONG_MAX) == LLONG_MIN);
    CHECK(atomic_load(&extreme) == LLONG_MAX);
}

/* atomic_bool has no arithmetic (7.17.7.5p1). */
static void booleans(void)
{
    atomic_bool flag;
    atomic_init(&flag, false);
    CHECK(!atomic_load(&flag));
    atomic_store(&flag, true);
    CHECK(atomic_exchange(&flag, false));
    bool expected = true;
    CHECK(!atomic_compare_exchange_strong(&flag, &expected, true));
    CHECK(!expected);
    CHECK(atomic_compare_exchange_strong(&flag, &expected, true));
    CHECK(atomic_load_explicit(&flag, memory_order_relaxed));
    CHECK(atomic_is_lock_free(&flag));
}

static void pointers(void)
{
    int array[8] = {0};
    _Atomic(int *) pointer;
    atomic_init(&pointer, array);
    CHECK(atomic_fetch_add(&pointer, 3) == array);
    CHECK(atomic_load(&pointer) == array + 3); /* scaled by sizeof(int) */
    CHECK(atomic_fetch_sub(&pointer, 2) == array + 3);
    CHECK(atomic_load(&pointer) == array + 1);
    int *expected = array + 1;
    CHECK(atomic_compare_exchange_strong(&pointer, &expected, array + 7));
    CHECK(atomic_exchange(&pointer, NULL) == array + 7);
    CHECK(atomic_load(&pointer) == NULL);
    CHECK(atomic_is_lock_free(&pointer));
}

static void floating(void)
{
    _Atomic double value = 1.5;
    CHECK(atomic_load(&value) == 1.5);
    atomic_store(&value, 2.5);
    CHECK(atomic_exchange(&value, 3.5) == 2.5);
    double expected = 3.5;
    CHECK(atomic_compare_exchange_strong(&value, &expected, 4.5));
    value += 1.0;
    CHECK(atomic_load(&value) == 5.5);
}

static void flags_and_fences(void)
{
    atomic_flag flag = ATOMIC_FLAG_INIT;
    CHECK(!atomic_flag_test_and_set(&flag));
    CHECK(atomic_flag_test_and_set(&flag));
    CHECK(atomic_flag_test_and_set_explicit(&flag, memory_order_acquire));
    atomic_flag_clear(&flag);
    CHECK(!atomic_flag_test_and_set_explicit(&flag, memory_order_relaxed));
    atomic_flag_clear_explicit(&flag, memory_order_release);
    CHECK(!atomic_flag_test_and_set(&flag));

    atomic_thread_fence(memory_order_seq_cst);
    atomic_thread_fence(memory_order_acquire);
    atomic_thread_fence(memory_order_release);
    atomic_signal_fence(memory_order_seq_cst);
    CHECK_EQ(kill_dependency(42), 42);

    /* On x86_64 every integer type up to 8 bytes and pointers are always lock-free. */
    CHECK_EQ(ATOMIC_BOOL_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_CHAR_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_CHAR16_T_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_CHAR32_T_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_WCHAR_T_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_SHORT_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_INT_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_LONG_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_LLONG_LOCK_FREE, 2);
    CHECK_EQ(ATOMIC_POINTER_LOCK_FREE, 2);
    CHECK(memory_order_relaxed != memory_order_seq_cst);
}

int main(void)
{
    integer_types();
    booleans();
    pointers();
    floating();
    flags_and_fences();
    return check_summary();
}
