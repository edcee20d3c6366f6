/*
 * <inttypes.h>: format macros and greatest-width integer functions
 * (libc, public header).
 *
 * On x86_64 int64_t is long, so the 64-bit conversions use the "l" length.
 */
#ifndef _INTTYPES_H
#define _INTTYPES_H

#include <stdint.h>

#define __KOITO_NEED_wchar_t
#include <bits/types.h>

typedef struct {
    intmax_t quot;
    intmax_t rem;
} imaxdiv_t;

intmax_t imaxabs(intmax_t value);
imaxdiv_t imaxdiv(intmax_t numerator, intmax_t denominator);
intmax_t strtoimax(const char *restrict string, char **restrict end, int base);
uintmax_t strtoumax(const char *restrict string, char **restrict end, int base);
intmax_t wcstoimax(const wchar_t *restrict string, wchar_t **restrict end, int base);
uintmax_t wcstoumax(const wchar_t *restrict string, wchar_t **restrict end, int base);

#define __KOITO_PRI64  "l"
#define __KOITO_PRIPTR "l"

#define PRId8  "d"
#define PRId16 "d"
#define PRId32 "d"
#define PRId64 __KOITO_PRI64 "d"
#define PRIi8  "i"
#define PRIi16 "i"
#define PRIi32 "i"
#define PRIi64 __KOITO_PRI64 "i"
#define PRIo8  "o"
#define PRIo16 "o"
#define PRIo32 "o"
#define PRIo64 __KOITO_PRI64 "o"
#define PRIu8  "u"
#define PRIu16 "u"
#define PRIu32 "u"
#define PRIu64 __KOITO_PRI64 "u"
#define PRIx8  "x"
#define PRIx16 "x"
#define PRIx32 "x"
#define PRIx64 __KOITO_PRI64 "x"
#define PRIX8  "X"
#define PRIX16 "X"
#define PRIX32 "X"
#define PRIX64 __KOITO_PRI64 "X"

#define PRIdLEAST8  PRId8
#define PRIdLEAST16 PRId16
#define PRIdLEAST32 PRId32
#define PRIdLEAST64 PRId64
#define PRIiLEAST8  PRIi8
#define PRIiLEAST16 PRIi16
#define PRIiLEAST32 PRIi32
#define PRIiLEAST64 PRIi64
#define PRIoLEAST8  PRIo8
#define PRIoLEAST16 PRIo16
#define PRIoLEAST32 PRIo32
#define PRIoLEAST64 PRIo64
#define PRIuLEAST8  PRIu8
#define PRIuLEAST16 PRIu16
#define PRIuLEAST32 PRIu32
#define PRIuLEAST64 PRIu64
#define PRIxLEAST8  PRIx8
#define PRIxLEAST16 PRIx16
#define PRIxLEAST32 PRIx32
#define PRIxLEAST64 PRIx64
#define PRIXLEAST8  PRIX8
#define PRIXLEAST16 PRIX16
#define PRIXLEAST32 PRIX32
#define PRIXLEAST64 PRIX64

/* clang's fast types: int_fast8_t is 8 bits, the wider ones 16/32/64 as named. */
#define PRIdFAST8  PRId8
#define PRIdFAST16 PRId16
#define PRIdFAST32 PRId32
#define PRIdFAST64 PRId64
#define PRIiFAST8  PRIi8
#define PRIiFAST16 PRIi16
#define PRIiFAST32 PRIi32
#define PRIiFAST64 PRIi64
#define PRIoFAST8  PRIo8
#define PRIoFAST16 PRIo16
#define PRIoFAST32 PRIo32
#define PRIoFAST64 PRIo64
#define PRIuFAST8  PRIu8
#define PRIuFAST16 PRIu16
#define PRIuFAST32 PRIu32
#define PRIuFAST64 PRIu64
#define PRIxFAST8  PRIx8
#define PRIxFAST16 PRIx16
#define PRIxFAST32 PRIx32
#define PRIxFAST64 PRIx64
#define PRIXFAST8  PRIX8
#define PRIXFAST16 PRIX16
#define PRIXFAST32 PRIX32
#define PRIXFAST64 PRIX64

#define PRIdMAX "jd"
#define PRIiMAX "ji"
#define PRIoMAX "jo"
#define PRIuMAX "ju"
#define PRIxMAX "jx"
#define PRIXMAX "jX"
#define PRIdPTR __KOITO_PRIPTR "d"
#define PRIiPTR __KOITO_PRIPTR "i"
#define PRIoPTR __KOITO_PRIPTR "o"
#define PRIuPTR __KOITO_PRIPTR "u"
#define PRIxPTR __KOITO_PRIPTR "x"
#define PRIXPTR __KOITO_PRIPTR "X"

#define SCNd8   "hhd"
#define SCNd16  "hd"
#define SCNd32  "d"
#define SCNd64  __KOITO_PRI64 "d"
#define SCNi8   "hhi"
#define SCNi16  "hi"
#define SCNi32  "i"
#define SCNi64  __KOITO_PRI64 "i"
#define SCNo8   "hho"
#define SCNo16  "ho"
#define SCNo32  "o"
#define SCNo64  __KOITO_PRI64 "o"
#define SCNu8   "hhu"
#define SCNu16  "hu"
#define SCNu32  "u"
#define SCNu64  __KOITO_PRI64 "u"
#define SCNx8   "hhx"
#define SCNx16  "hx"
#define SCNx32  "x"
#define SCNx64  __KOITO_PRI64 "x"
#define SCNdMAX "jd"
#define SCNiMAX "ji"
#define SCNoMAX "jo"
#define SCNuMAX "ju"
#define SCNxMAX "jx"
#define SCNdPTR __KOITO_PRIPTR "d"
#define SCNiPTR __KOITO_PRIPTR "i"
#define SCNoPTR __KOITO_PRIPTR "o"
#define SCNuPTR __KOITO_PRIPTR "u"
#define SCNxPTR __KOITO_PRIPTR "x"

#endif
