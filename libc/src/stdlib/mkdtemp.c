/* mkdtemp() (libc, stdlib): creates a new directory (mode 0700) under a name
 * made from `template`, trying new names while the name exists. */
#include "port.h"
#include "temp_name.h"
#include <errno.h>
#include <stdlib.h>

char *mkdtemp(char *template)
{
    for (int attempt = 0; attempt < __KOITO_TEMP_NAME_ATTEMPTS; attempt++) {
        if (__koito_temp_name(template) < 0) {
            return NULL;
        }
        int result = __koito_sys_mkdir(template, 0700);
        if (result == 0) {
            return template;
        }
        if (result != -EEXIST) {
            errno = -result;
            return NULL;
        }
    }
    errno = EEXIST;
    return NULL;
}
