/*
 * ISO C17 <limits.h> (5.2.4.2.1), <float.h> (5.2.4.2.2), <stdint.h> (7.20) and <inttypes.h>
 * (7.8): the macros exist, are usable in #if where the standard says so, have at least the
 * required magnitudes and agree with the types; the exact-width types have their widths; the
 * PRI and SCN macros print and scan every type; imaxabs, imaxdiv, strtoimax, strtoumax,
 * wcstoimax and wcstoumax.
 */
#include "check.h"
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#if CHAR_BIT != 8 || SCHAR_MAX < 127 || SHRT_MAX < 32767 || INT_MAX < 32767 ||                     \
    LONG_MAX < 2147483647 || LLONG_MAX < 9223372036854775807
#error "<limits.h> magnitudes below the minimum"
#endif
#if UINT8_MAX != 255 || INT16_MIN != -32768 || INT64_MAX != 9223372036854775807 ||                 \
    SIZE_MAX < 65535 || PTRDIFF_MAX < 65535 || INTMAX_MAX < INT64_MAX
#error "<stdint.h> limits wrong"
#endif

static void integer_limits(void)
{
    CHECK_EQ(SCHAR_MIN, -SCHAR_MAX - 1);
    CHECK_EQ(UCHAR_MAX, 255);
    CHECK(CHAR_MIN == 0 ? CHAR_MAX == UCHAR_MAX : (CHAR_MIN == SCHAR_MIN && CHAR_MAX == SCHAR_MAX));
    CHECK(MB_LEN_MAX >= 1);
    CHECK_EQ(USHRT_MAX, (unsigned short)-1);
    CHECK(UINT_MAX == (unsigned)-1);
    CHECK(ULONG_MAX == (unsigned long)-1);
    CHECK(ULLONG_MAX == (unsigned long long)-1);
    CHECK(INT_MIN <= -32767 && LONG_MIN <= -2147483647L);
    CHECK(LLONG_MIN <= -LLONG_MAX);
    CHECK(sizeof(short) <= sizeof(int) && sizeof(int) <= sizeof(long) &&
          sizeof(long) <= sizeof(long long));
}

static void float_limits(void)
{
    CHECK(FLT_RADIX >= 2);
    CHECK(FLT_DIG >= 6 && DBL_DIG >= 10 && LDBL_DIG >= DBL_DIG);
    CHECK(FLT_DECIMAL_DIG >= 6 && DBL_DECIMAL_DIG >= 10 && DECIMAL_DIG >= DBL_DECIMAL_DIG);
    CHECK(FLT_MAX >= 1e37f && DBL_MAX >= 1e37 && LDBL_MAX >= DBL_MAX);
    CHECK(FLT_EPSILON <= 1e-5f && DBL_EPSILON <= 1e-9 && LDBL_EPSILON <= DBL_EPSILON);
    CHECK(FLT_MIN <= 1e-37f && DBL_MIN <= 1e-37);
    CHECK(FLT_ROUNDS == 1); /* to nearest at program start */
    CHECK(FLT_EVAL_METHOD >= -1);
    CHECK(FLT_HAS_SUBNORM >= -1 && DBL_HAS_SUBNORM >= -1);
    /* The relations that define them: 1+epsilon is the next double after 1. */
    volatile double one = 1.0;
    CHECK(one + DBL_EPSILON > one && one + DBL_EPSILON / 2 == one);
    volatile float onef = 1.0f;
    CHECK(onef + FLT_EPSILON > onef);
    CHECK(FLT_TRUE_MIN > 0 && FLT_TRUE_MIN < FLT_MIN && DBL_TRUE_MIN < DBL_MIN);
    CHECK(FLT_MANT_DIG == 24 && DBL_MANT_DIG == 53); /* IEC 60559 (Annex F) */
    CHECK(DBL_MAX_EXP == 1024 && DBL_MIN_EXP == -1021);
    CHECK(DBL_MAX_10_EXP == 308 && DBL_MIN_10_EXP == -307);
}

static void exact_width_types(void)
{
    CHECK(sizeof(int8_t) == 1 && sizeof(int16_t) == 2 && sizeof(int32_t) == 4 &&
          sizeof(int64_t) == 8);
    CHECK(sizeof(uint8_t) == 1 && sizeof(uint64_t) == 8);
    CHECK((uint8_t)256 == 0 && (uint16_t)65536 == 0 && (uint32_t)4294967296u == 0);
    CHECK(INT8_MIN == -128 && INT32_MIN == -2147483647 - 1);
    CHECK(INT_LEAST8_MAX >= 127 && INT_FAST16_MAX >= 32767 && UINT_LEAST64_MAX >= UINT64_MAX);
    CHECK(sizeof(int_least32_t) >= 4 && sizeof(int_fast64_t) >= 8);
    CHECK(sizeof(intptr_t) >= sizeof(void *) && UINTPTR_MAX >= 65535);
    int object;
    CHECK((void *)(intptr_t)(void *)&object == (void *)&object);
    CHECK(INT64_C(0x7fffffffffffffff) == INT64_MAX && UINT64_C(1) << 63 == 0x8000000000000000u);
    CHECK(INTMAX_C(1) == 1 && UINTMAX_C(2) == 2);
    CHECK(SIG_ATOMIC_MAX >= 127 && WCHAR_MAX >= 127 && WINT_MAX >= 65535);
}

static void format_macros(void)
{
    char text[64];
    snprintf(text, sizeof text, "%" PRId8 " %" PRIi16 " %" PRId32 " %" PRId64, (int8_t)-8,
             (int16_t)-16, (int32_t)-32, (int64_t)-64);
    CHECK(strcmp(text, "-8 -16 -32 -64") == 0);
    snprintf(text, sizeof text, "%" PRIu8 " %" PRIo16 " %" PRIx32 " %" PRIX64, (uint8_t)255,
             (uint16_t)8, (uint32_t)255, UINT64_MAX);
    CHECK(strcmp(text, "255 10 ff FFFFFFFFFFFFFFFF") == 0);
    snprintf(text, sizeof text, "%" PRIdMAX " %" PRIuPTR " %" PRIdLEAST32 " %" PRIxFAST64,
             INTMAX_MIN, (uintptr_t)7, (int_least32_t)-3, (uint_fast64_t)0xabc);
    CHECK(strcmp(text, "-9223372036854775808 7 -3 abc") == 0);

    int8_t i8 = 0;
    uint16_t u16 = 0;
    int32_t i32 = 0;
    uint64_t u64 = 0;
    intmax_t imax = 0;
    uintptr_t uptr = 0;
    CHECK_EQ(sscanf("-100 65535 -2147483648 ffffffffffffffff -5 42",
                    "%" SCNd8 " %" SCNu16 " %" SCNi32 " %" SCNx64 " %" SCNdMAX " %" SCNuPTR, &i8,
                    &u16, &i32, &u64, &imax, &uptr),
             6);
    CHECK(i8 == -100 && u16 == 65535 && i32 == INT32_MIN && u64 == UINT64_MAX && imax == -5 &&
          uptr == 42);
}

static void functions(void)
{
    CHECK_EQ(imaxabs(-INTMAX_MAX), INTMAX_MAX);
    imaxdiv_t d = imaxdiv(-7, 2);
    CHECK(d.quot == -3 && d.rem == -1);
    d = imaxdiv(INTMAX_MAX, 10);
    CHECK(d.quot == INTMAX_MAX / 10 && d.rem == 7);

    char *end;
    CHECK(strtoimax("-0x7f rest", &end, 0) == -127 && strcmp(end, " rest") == 0);
    CHECK(strtoumax("777", NULL, 8) == 0777);
    errno = 0;
    CHECK(strtoimax("99999999999999999999", NULL, 10) == INTMAX_MAX && errno == ERANGE);
    errno = 0;
    CHECK(strtoimax("-99999999999999999999", NULL, 10) == INTMAX_MIN && errno == ERANGE);
    errno = 0;
    CHECK(strtoumax("99999999999999999999", NULL, 10) == UINTMAX_MAX && errno == ERANGE);
    const char *none = "xyz";
    CHECK(strtoimax(none, &end, 10) == 0 && end == none);

    wchar_t *wide_end;
    CHECK(wcstoimax(L" -42z", &wide_end, 10) == -42 && *wide_end == L'z');
    CHECK(wcstoumax(L"ff", &wide_end, 16) == 255 && *wide_end == L'\0');
    errno = 0;
    CHECK(wcstoimax(L"99999999999999999999", NULL, 10) == INTMAX_MAX && errno == ERANGE);
}

int main(void)
{
    integer_limits();
    float_limits();
    exact_width_types();
    format_macros();
    functions();
    return check_summary();
}
