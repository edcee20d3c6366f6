/*
 * ISO C17 7.16 <stdarg.h>: va_start/va_arg/va_end over every promoted type, a va_list passed
 * to another function (as vprintf's callers do), va_copy continuing from the copied position
 * independently of the original, and a variable argument list walked twice.
 */
#include "check.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Sum count ints. */
static long sum(int count, ...)
{
    va_list arguments;
    va_start(arguments, count);
    long total = 0;
    for (int i = 0; i < count; i++)
        total += va_arg(arguments, int);
    va_end(arguments);
    return total;
}

/* Every promoted type: char and short arrive as int, float as double. */
static void types(int count, ...)
{
    (void)count;
    va_list arguments;
    va_start(arguments, count);
    CHECK_EQ(va_arg(arguments, int), 'c');
    CHECK_EQ(va_arg(arguments, int), -5);
    CHECK(va_arg(arguments, double) == 1.5);
    CHECK(va_arg(arguments, long double) == 2.5L);
    CHECK_EQ(va_arg(arguments, long), -7L);
    CHECK_EQ(va_arg(arguments, long long), 1LL << 40);
    CHECK_EQ(va_arg(arguments, unsigned), 4000000000u);
    CHECK(strcmp(va_arg(arguments, const char *), "text") == 0);
    CHECK(va_arg(arguments, void *) == NULL);
    struct pair {
        int a;
        double b;
    } pair = va_arg(arguments, struct pair);
    CHECK(pair.a == 3 && pair.b == 4.5);
    CHECK(va_arg(arguments, double) == 6.0);
    va_end(arguments);
}

/* A va_list handed on: the callee consumes from where the caller is. */
static int next_int(va_list *arguments)
{
    return va_arg(*arguments, int);
}

static void handed_on(int count, ...)
{
    va_list arguments;
    va_start(arguments, count);
    CHECK_EQ(va_arg(arguments, int), 10);
    CHECK_EQ(next_int(&arguments), 20);
    CHECK_EQ(va_arg(arguments, int), 30);
    va_end(arguments);
}

static int formatted(char *buffer, size_t size, const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(buffer, size, format, arguments);
    va_end(arguments);
    return length;
}

/* va_copy: the copy starts where the original is and then moves on its own. */
static void copied(int count, ...)
{
    va_list arguments, copy;
    va_start(arguments, count);
    CHECK_EQ(va_arg(arguments, int), 1);
    va_copy(copy, arguments);
    CHECK_EQ(va_arg(arguments, int), 2);
    CHECK_EQ(va_arg(arguments, int), 3);
    CHECK_EQ(va_arg(copy, int), 2);
    CHECK_EQ(va_arg(copy, int), 3);
    CHECK_EQ(va_arg(copy, int), 4);
    va_end(copy);
    CHECK_EQ(va_arg(arguments, int), 4);
    va_end(arguments);

    /* Walked twice: va_start again after va_end. */
    va_start(arguments, count);
    long total = 0;
    for (int i = 0; i < count; i++)
        total += va_arg(arguments, int);
    va_end(arguments);
    CHECK_EQ(total, 10);
}

int main(void)
{
    CHECK_EQ(sum(0), 0);
    CHECK_EQ(sum(3, 1, 2, 3), 6);
    CHECK_EQ(sum(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 210);
    struct pair {
        int a;
        double b;
    } pair = {3, 4.5};
    types(0, (char)'c', (short)-5, 1.5f, 2.5L, -7L, 1LL << 40, 4000000000u, "text", (void *)0, pair,
          6.0);
    handed_on(3, 10, 20, 30);
    char buffer[32];
    CHECK_EQ(formatted(buffer, sizeof buffer, "%d-%s-%.1f", 4, "x", 2.25), 7);
    CHECK(strcmp(buffer, "4-x-2.2") == 0);
    copied(4, 1, 2, 3, 4);
    return check_summary();
}
