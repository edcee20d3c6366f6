/*
 * Loader messages on the UEFI console (ConOut of the system table, which
 * OVMF also copies to the serial port).
 *
 * Layer: UEFI boot loader, firmware console. Every line starts with
 * "A9N loader: "; errors read "A9N loader: error: <subject>: <detail>".
 * Usable only while boot services run: console_disable() is called before
 * ExitBootServices, after which every function here does nothing.
 */
#ifndef A9N_UEFI_CONSOLE_H
#define A9N_UEFI_CONSOLE_H

#include "efi/efi_system.h"

void console_init(struct efi_simple_text_output *out);
void console_disable(void);

/* ASCII text; '\n' becomes CR LF as the UEFI console expects. */
void console_write(const char *text);
void console_write_decimal(uint64_t value);
void console_write_hex(uint64_t value); /* with a 0x prefix */

/* Start a progress line: "A9N loader: ". */
void console_begin(void);
/* Start an error line: "A9N loader: error: <subject>: " (subject may be NULL). */
void console_begin_error(const char *subject);
/* A whole error line. */
void console_error(const char *subject, const char *detail);

#endif
