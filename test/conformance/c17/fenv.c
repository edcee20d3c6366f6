/*
 * ISO C17 7.6 <fenv.h> with Annex F: the four rounding modes (fesetround/fegetround, and
 * their effect on real additions, divisions, rint, and printf's conversions where
 * __STDC_IEC_559__ claims Annex F), the
 * exception flags raised by real operations (division by zero, invalid, overflow, underflow,
 * inexact) and by feraiseexcept, feclearexcept, fetestexcept, fegetexceptflag/fesetexceptflag,
 * and the environment (fegetenv/fesetenv, feholdexcept/feupdateenv, FE_DFL_ENV).
 * Operands are volatile so that every operation happens at run time.
 */
#pragma STDC FENV_ACCESS ON
#include "check.h"
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static volatile double one = 1.0, three = 3.0, zero = 0.0, huge = 1e308, tiny = 1e-308;

static void rounding_modes(void)
{
    CHECK_EQ(fegetround(), FE_TONEAREST);
    const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    for (int i = 0; i < 4; i++) {
        CHECK_EQ(fesetround(modes[i]), 0);
        CHECK_EQ(fegetround(), modes[i]);
    }
    /* An unknown mode is refused and the mode stays. */
    CHECK(fesetround(-12345) != 0);
    CHECK_EQ(fegetround(), FE_TOWARDZERO);

    /* 1/3 and -1/3 in each mode. */
    fesetround(FE_UPWARD);
    double up = one / three, negative_up = -one / three;
    fesetround(FE_DOWNWARD);
    double down = one / three, negative_down = -one / three;
    fesetround(FE_TOWARDZERO);
    double toward = one / three, negative_toward = -one / three;
    fesetround(FE_TONEAREST);
    double nearest = one / three;
    CHECK(up > down);
    CHECK(nextafter(down, 1.0) == up);
    CHECK(toward == down && negative_toward == -down);
    CHECK(negative_up == -down && negative_down == -up);
    CHECK(nearest == down || nearest == up);

    /* rint and nearbyint follow the mode; so does printf's rounding where the implementation
     * claims Annex F (F.5: binary-decimal conversions honour the rounding direction). */
    volatile double two_and_half = 2.5;
    fesetround(FE_UPWARD);
    CHECK(rint(two_and_half) == 3.0 && nearbyint(-two_and_half) == -2.0);
    CHECK_EQ(lrint(two_and_half), 3);
#ifdef __STDC_IEC_559__
    char text[32];
    snprintf(text, sizeof text, "%.0f", 0.5);
    CHECK(strcmp(text, "1") == 0);
    fesetround(FE_DOWNWARD);
    snprintf(text, sizeof text, "%.1f", -0.25);
    CHECK(strcmp(text, "-0.3") == 0);
#endif
    fesetround(FE_DOWNWARD);
    CHECK(rint(two_and_half) == 2.0 && rint(-two_and_half) == -3.0);
    fesetround(FE_TOWARDZERO);
    CHECK(rint(-two_and_half) == -2.0);
    /* Overflow rounds to the largest finite value toward zero, to infinity to nearest. */
    CHECK(huge * 10.0 == 0x1.fffffffffffffp+1023);
    fesetround(FE_TONEAREST);
    CHECK(isinf(huge * 10.0));
    CHECK(rint(two_and_half) == 2.0);
}

static void exception_flags(void)
{
    CHECK_EQ(feclearexcept(FE_ALL_EXCEPT), 0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);

    volatile double result = one / zero;
    CHECK(isinf(result));
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
    feclearexcept(FE_ALL_EXCEPT);

    result = zero / zero;
    CHECK(isnan(result));
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INVALID);
    feclearexcept(FE_ALL_EXCEPT);
    result = sqrt(-one);
    CHECK(fetestexcept(FE_INVALID));
    feclearexcept(FE_ALL_EXCEPT);

    result = huge * huge;
    CHECK_EQ(fetestexcept(FE_OVERFLOW | FE_INEXACT), FE_OVERFLOW | FE_INEXACT);
    feclearexcept(FE_ALL_EXCEPT);

    result = tiny * tiny;
    CHECK_EQ(fetestexcept(FE_UNDERFLOW | FE_INEXACT), FE_UNDERFLOW | FE_INEXACT);
    feclearexcept(FE_ALL_EXCEPT);

    result = one / three;
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
    feclearexcept(FE_ALL_EXCEPT);
    /* An exact operation raises nothing. */
    result = one + three;
    CHECK(result == 4.0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);

    /* feraiseexcept, then clearing one flag leaves the others. */
    CHECK_EQ(feraiseexcept(FE_DIVBYZERO | FE_INVALID), 0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO | FE_INVALID);
    CHECK_EQ(feclearexcept(FE_DIVBYZERO), 0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INVALID);

    /* Saved flags come back with fesetexceptflag, which raises nothing else. */
    fexcept_t saved;
    CHECK_EQ(fegetexceptflag(&saved, FE_ALL_EXCEPT), 0);
    feclearexcept(FE_ALL_EXCEPT);
    CHECK_EQ(fesetexceptflag(&saved, FE_ALL_EXCEPT), 0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INVALID);
    feclearexcept(FE_ALL_EXCEPT);
    CHECK_EQ(fesetexceptflag(&saved, FE_OVERFLOW), 0); /* only the flags named */
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
    feclearexcept(FE_ALL_EXCEPT);
}

static void environments(void)
{
    fenv_t saved;
    fesetround(FE_UPWARD);
    feraiseexcept(FE_INEXACT);
    CHECK_EQ(fegetenv(&saved), 0);
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    CHECK_EQ(fesetenv(&saved), 0);
    CHECK_EQ(fegetround(), FE_UPWARD);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);

    /* feholdexcept: save, clear the flags; feupdateenv: restore, then raise what was raised
     * in between. */
    fenv_t held;
    CHECK_EQ(feholdexcept(&held), 0);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
    fesetround(FE_DOWNWARD);
    volatile double result = one / zero;
    (void)result;
    CHECK_EQ(feupdateenv(&held), 0);
    CHECK_EQ(fegetround(), FE_UPWARD);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT | FE_DIVBYZERO);

    /* The default environment: to nearest, no flags. */
    CHECK_EQ(fesetenv(FE_DFL_ENV), 0);
    CHECK_EQ(fegetround(), FE_TONEAREST);
    CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
}

int main(void)
{
    rounding_modes();
    exception_flags();
    environments();
    return check_summary();
}
