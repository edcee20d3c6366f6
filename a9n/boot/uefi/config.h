/*
 * Parser of the loader's configuration file /a9n/boot.cfg.
 *
 * Layer: UEFI boot loader, pure C with no firmware dependency, so it is also
 * built and unit-tested on the host.
 *
 * Format: ASCII (UTF-8 allowed in comments) lines of `key=value`, ended by LF
 * or CRLF; the last line may lack its end. A line whose first non-blank byte
 * is `#` is a comment; blank lines are ignored. Blanks (space, tab) around
 * keys and values are dropped. Keys:
 *   kernel=PATH   required, the kernel ELF
 *   root=PATH     required, the root server ELF
 *   initrd=PATH   optional, the initrd (cpio newc)
 *   cmdline=TEXT  optional, the kernel command line
 * PATHs are absolute, with '/' separators, printable ASCII and no '\'.
 * Anything else is an error naming the first offending line.
 */
#ifndef A9N_UEFI_CONFIG_H
#define A9N_UEFI_CONFIG_H

#include <a9n/boot_info.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CONFIG_PATH_MAX    256u                           /* bytes, NUL included */
#define CONFIG_CMDLINE_MAX A9N_BOOT_INFO_MAX_COMMAND_LINE /* bytes, NUL included */
#define CONFIG_LINE_MAX    8192u                          /* bytes before the line end */

enum config_error {
    CONFIG_OK = 0,
    CONFIG_ERROR_LINE_TOO_LONG, /* more than CONFIG_LINE_MAX bytes */
    CONFIG_ERROR_CONTROL_BYTE,  /* NUL, a lone CR or another control byte */
    CONFIG_ERROR_NO_EQUALS,     /* neither blank, comment nor key=value */
    CONFIG_ERROR_UNKNOWN_KEY,
    CONFIG_ERROR_DUPLICATE_KEY,
    CONFIG_ERROR_NON_ASCII,      /* a byte >= 0x80 outside a comment */
    CONFIG_ERROR_VALUE_TOO_LONG, /* path or command line over its limit */
    CONFIG_ERROR_BAD_PATH,       /* empty, relative or containing '\' */
    CONFIG_ERROR_MISSING_KERNEL, /* reported on line 0: the whole file */
    CONFIG_ERROR_MISSING_ROOT,   /* reported on line 0: the whole file */
};

struct config {
    char kernel[CONFIG_PATH_MAX];
    char root[CONFIG_PATH_MAX];
    char initrd[CONFIG_PATH_MAX]; /* "" when absent */
    char cmdline[CONFIG_CMDLINE_MAX];
    uint32_t cmdline_length;
};

/* Parse `size` bytes at `text` into `config`. On failure returns the error and
 * stores the 1-based number of the offending line in *line (0 for a missing
 * key); `config` then holds nothing useful. */
enum config_error config_parse(struct config *config, const char *text, size_t size,
                               uint32_t *line);

/* A short English description of an error, for the loader's messages. */
const char *config_error_string(enum config_error error);

/* Turn a checked PATH into the UCS-2, '\'-separated form UEFI file protocols
 * take. Returns false if `capacity` code units (NUL included) are too few. */
bool config_uefi_path(const char *path, uint16_t *out, size_t capacity);

#endif
