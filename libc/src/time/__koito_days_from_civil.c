/*
 * Days between 1970-01-01 and a date (libc, time). The year is shifted to
 * start in March, so the leap day is the last day of its year and every
 * month before it has a fixed offset; then whole 400-year eras (146097 days)
 * are counted, which keeps the arithmetic exact for negative years too. The
 * method is Howard Hinnant's "days_from_civil".
 */
#include "time_impl.h"

long long __koito_days_from_civil(long long year, unsigned month, unsigned day)
{
    year -= month <= 2;
    long long era = __koito_floor_div(year, 400);
    long long year_of_era = year - era * 400; /* 0..399 */
    unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}
