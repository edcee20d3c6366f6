/*
 * Calendar arithmetic shared by the time functions (libc, internal header
 * of time). Dates are proleptic Gregorian; days count from 1970-01-01, and
 * everything is 64-bit, so any time_t whose year fits in an int converts.
 */
#ifndef KOITO_LIBC_INTERNAL_TIME_IMPL_H
#define KOITO_LIBC_INTERNAL_TIME_IMPL_H

#include "libc.h"

/* Days from 1970-01-01 to year-month-day (month 1..12, day 1..31). */
__KOITO_HIDDEN long long __koito_days_from_civil(long long year, unsigned month, unsigned day);
/* The date of a day count; month 1..12, day 1..31. */
__KOITO_HIDDEN void __koito_civil_from_days(long long days, long long *year, unsigned *month,
                                            unsigned *day);

static inline long long __koito_floor_div(long long a, long long b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

#endif
