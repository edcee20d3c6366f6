/* tzset() and tzname (libc, time): KOITO has no time zones (see <time.h>),
 * so local time is UTC whatever TZ says, and both names are "UTC". */
#include <time.h>

char *tzname[2] = {"UTC", "UTC"};

void tzset(void) {}
