/* mkstemp() (libc, stdlib): creates a new file (mode 0600, read-write) under
 * a name made from `template`, trying new names while the name exists. */
#include "port.h"
#include "temp_name.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>

int mkstemp(char *template)
{
    for (int attempt = 0; attempt < __KOITO_TEMP_NAME_ATTEMPTS; attempt++) {
        if (__koito_temp_name(template) < 0) {
            return -1;
        }
        int descriptor = __koito_sys_open(template, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (descriptor >= 0) {
            return descriptor;
        }
        if (descriptor != -EEXIST) {
            errno = -descriptor;
            return -1;
        }
    }
    errno = EEXIST;
    return -1;
}
