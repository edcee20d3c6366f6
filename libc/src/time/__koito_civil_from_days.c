/* The date of a day count from 1970-01-01 (libc, time): the inverse of
 * __koito_days_from_civil(), by the same era arithmetic. */
#include "time_impl.h"

void __koito_civil_from_days(long long days, long long *year, unsigned *month, unsigned *day)
{
    days += 719468;
    long long era = __koito_floor_div(days, 146097);
    long long day_of_era = days - era * 146097; /* 0..146096 */
    long long year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    unsigned shifted_month = (unsigned)((5 * day_of_year + 2) / 153); /* 0 = March */
    *day = (unsigned)(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    *month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    *year = year_of_era + era * 400 + (*month <= 2);
}
