/*
 * KOITO-libc's <fenv.h> against the host's (host test, libc fenv).
 *
 * Rounding modes set by ours must be seen by the host's fegetround and by
 * rounding arithmetic in both units (SSE for double, x87 for long double);
 * flags raised by arithmetic must be seen by ours, flags ours raises by the
 * host's; environments must save and restore all of it.
 */
#include "check.h"
#include <fenv.h>
#include <math.h>

int koito_test_feclearexcept(int);
int koito_test_fegetexceptflag(fexcept_t *, int);
int koito_test_feraiseexcept(int);
int koito_test_fesetexceptflag(const fexcept_t *, int);
int koito_test_fetestexcept(int);
int koito_test_fegetround(void);
int koito_test_fesetround(int);
int koito_test_fegetenv(fenv_t *);
int koito_test_feholdexcept(fenv_t *);
int koito_test_fesetenv(const fenv_t *);
int koito_test_feupdateenv(const fenv_t *);
float tgmath_check_sqrt(float x);

static volatile double one = 1.0, three = 3.0, huge = 0x1p1023, zero = 0.0;
static volatile long double one_l = 1.0L, three_l = 3.0L;

static void check_rounding(void)
{
    /* 1/3 to nearest rounds up in long double (its 65th bit onwards is
     * 0101... > half after ...010), so down and towards zero are below it. */
    long double third_nearest = one_l / three_l;
    static const int modes[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
    for (int i = 0; i < 4; i++) {
        CHECK_EQ(koito_test_fesetround(modes[i]), 0);
        CHECK_EQ(koito_test_fegetround(), modes[i]);
        CHECK_EQ(fegetround(), modes[i]);
        double third = one / three;
        long double third_l = one_l / three_l;
        double minus_third = -one / three;
        /* 1/3 = 0x1.5555...p-2: rounding up and to nearest differ only for
         * the positive value upwards, down for the negative one. */
        CHECK((modes[i] == FE_UPWARD) == (third > 0x1.5555555555555p-2));
        CHECK((modes[i] == FE_DOWNWARD) == (minus_third < -0x1.5555555555555p-2));
        CHECK((modes[i] == FE_DOWNWARD || modes[i] == FE_TOWARDZERO) == (third_l < third_nearest));
        CHECK_EQ(rint(2.5), modes[i] == FE_UPWARD ? 3.0 : 2.0);
    }
    CHECK(koito_test_fesetround(0x123) != 0);
    CHECK_EQ(koito_test_fegetround(), FE_TOWARDZERO);
    CHECK_EQ(koito_test_fesetround(FE_TONEAREST), 0);
}

static void check_flags(void)
{
    CHECK_EQ(koito_test_feclearexcept(FE_ALL_EXCEPT), 0);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), 0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
    volatile double r = huge * huge;
    (void)r;
    CHECK_EQ(koito_test_fetestexcept(FE_OVERFLOW), FE_OVERFLOW);
    CHECK_EQ(koito_test_fetestexcept(FE_OVERFLOW | FE_INEXACT), FE_OVERFLOW | FE_INEXACT);
    CHECK_EQ(koito_test_fetestexcept(FE_DIVBYZERO), 0);
    r = one / zero;
    CHECK_EQ(koito_test_fetestexcept(FE_DIVBYZERO), FE_DIVBYZERO);
    volatile long double rl = 0.0L;
    rl = rl / rl; /* x87 invalid */
    CHECK_EQ(koito_test_fetestexcept(FE_INVALID), FE_INVALID);
    CHECK_EQ(koito_test_feclearexcept(FE_INVALID | FE_OVERFLOW), 0);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INEXACT);
    CHECK_EQ(koito_test_feraiseexcept(FE_UNDERFLOW), 0);
    CHECK_EQ(fetestexcept(FE_UNDERFLOW), FE_UNDERFLOW);
    fexcept_t saved;
    CHECK_EQ(koito_test_fegetexceptflag(&saved, FE_ALL_EXCEPT), 0);
    koito_test_feclearexcept(FE_ALL_EXCEPT);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), 0);
    CHECK_EQ(koito_test_fesetexceptflag(&saved, FE_UNDERFLOW | FE_OVERFLOW), 0);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), FE_UNDERFLOW);
    koito_test_feclearexcept(FE_ALL_EXCEPT);
}

static void check_environment(void)
{
    fenv_t env;
    koito_test_fesetround(FE_UPWARD);
    koito_test_feraiseexcept(FE_INEXACT);
    CHECK_EQ(koito_test_fegetenv(&env), 0);
    CHECK_EQ(koito_test_fesetenv(FE_DFL_ENV), 0);
    CHECK_EQ(koito_test_fegetround(), FE_TONEAREST);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), 0);
    CHECK_EQ(koito_test_fesetenv(&env), 0);
    CHECK_EQ(koito_test_fegetround(), FE_UPWARD);
    CHECK_EQ(fegetround(), FE_UPWARD);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);

    fenv_t held;
    CHECK_EQ(koito_test_feholdexcept(&held), 0);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), 0);
    volatile double r = one / zero;
    (void)r;
    CHECK_EQ(koito_test_fetestexcept(FE_DIVBYZERO), FE_DIVBYZERO);
    CHECK_EQ(koito_test_feupdateenv(&held), 0);
    CHECK_EQ(koito_test_fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INEXACT);
    CHECK_EQ(koito_test_fegetround(), FE_UPWARD);
    koito_test_fesetenv(FE_DFL_ENV);
    CHECK_EQ(fegetround(), FE_TONEAREST);
}

int main(void)
{
    check_rounding();
    check_flags();
    check_environment();
    CHECK(tgmath_check_sqrt(4.0f) == 2.0f);
    return check_summary();
}
