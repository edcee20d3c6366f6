/*
 * ISO C17's small headers: <stddef.h> (NULL, offsetof, size_t, ptrdiff_t, max_align_t,
 * wchar_t), <stdbool.h> (bool, true, false, __bool_true_false_are_defined), <stdalign.h>
 * (alignas, alignof), <stdnoreturn.h> (noreturn), <iso646.h> (the operator spellings), and
 * the predefined macros of 6.10.8 (__STDC__, __STDC_VERSION__ 201710L, __STDC_HOSTED__).
 */
#include "check.h"
#include <iso646.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdnoreturn.h>

#if !defined(__STDC__) || __STDC_VERSION__ != 201710L || __STDC_HOSTED__ != 1
#error "a hosted C17 implementation"
#endif
#if __bool_true_false_are_defined != 1 || __alignas_is_defined != 1 || __alignof_is_defined != 1
#error "<stdbool.h> and <stdalign.h> define their feature macros as 1"
#endif

struct layout {
    char first;
    double second;
    alignas(64) char third;
    int fourth[3];
};

static noreturn void leave(int status)
{
    exit(status);
}

int main(int argc, char **argv)
{
    (void)argv;
    CHECK(NULL == (void *)0);
    CHECK_EQ(offsetof(struct layout, first), 0);
    CHECK_EQ(offsetof(struct layout, second) % alignof(double), 0);
    CHECK_EQ(offsetof(struct layout, third), 64);
    CHECK_EQ(offsetof(struct layout, fourth[2]), offsetof(struct layout, fourth) + 2 * sizeof(int));
    CHECK_EQ(alignof(struct layout), 64);
    CHECK(alignof(max_align_t) >= alignof(long double) &&
          alignof(max_align_t) >= alignof(long long));
    CHECK(sizeof(size_t) == sizeof(sizeof(int)));
    int array[4];
    ptrdiff_t difference = &array[3] - &array[0];
    CHECK_EQ(difference, 3);
    CHECK(_Generic(L'x', wchar_t : 1, default : 0));
    alignas(32) char aligned[8];
    CHECK_EQ((uintptr_t)aligned % 32, 0);

    bool yes = true, no = false;
    CHECK(yes == 1 && no == 0 && true == 1 && false == 0);
    bool converted = 256; /* any nonzero value converts to 1 */
    CHECK_EQ(converted, 1);

    int a = 6, b = 3;
    CHECK((a and b) == (a && b) && (a or 0) == 1 && (not a) == 0);
    CHECK((a bitand b) == (a & b) && (a bitor b) == (a | b) && (a xor b) == (a ^ b));
    CHECK((compl a) == ~a && (a not_eq b) == 1);
    a and_eq 3;
    CHECK_EQ(a, 2);
    a or_eq 8;
    CHECK_EQ(a, 10);
    a xor_eq 2;
    CHECK_EQ(a, 8);

    if (argc < 0)
        leave(EXIT_FAILURE);
    return check_summary();
}
