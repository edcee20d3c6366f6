/*
 * Base types of the UEFI specification (2.x, "Data Types" and "Status
 * Codes" appendix): status values, handles, GUIDs and the table header that
 * every firmware table starts with.
 *
 * Layer: UEFI boot loader, firmware interface. Our own minimal transcription
 * of the specification, holding only what the loader uses. Names follow the
 * project's style (snake case) rather than the specification's spelling.
 */
#ifndef A9N_UEFI_EFI_BASE_H
#define A9N_UEFI_EFI_BASE_H

#include <stdbool.h>
#include <stdint.h>

/* Every firmware entry point uses the Microsoft x64 calling convention. */
#define EFIAPI __attribute__((ms_abi))

typedef uint64_t efi_status;
typedef void *efi_handle;
typedef uint16_t efi_char16; /* UCS-2 code unit */

/* Errors have the top bit set; the low bits number the error. */
#define EFI_ERROR_BIT         (UINT64_C(1) << 63)
#define EFI_IS_ERROR(status)  (((status)&EFI_ERROR_BIT) != 0)
#define EFI_SUCCESS           UINT64_C(0)
#define EFI_LOAD_ERROR        (EFI_ERROR_BIT | 1)
#define EFI_INVALID_PARAMETER (EFI_ERROR_BIT | 2)
#define EFI_BUFFER_TOO_SMALL  (EFI_ERROR_BIT | 5)
#define EFI_OUT_OF_RESOURCES  (EFI_ERROR_BIT | 9)
#define EFI_VOLUME_CORRUPTED  (EFI_ERROR_BIT | 10)
#define EFI_NOT_FOUND         (EFI_ERROR_BIT | 14)
#define EFI_ABORTED           (EFI_ERROR_BIT | 21)

struct efi_guid {
    uint32_t data1;
    uint16_t data2;
    uint16_t data3;
    uint8_t data4[8];
};

static inline bool efi_guid_equal(const struct efi_guid *a, const struct efi_guid *b)
{
    return __builtin_memcmp(a, b, sizeof(*a)) == 0;
}

/* Precedes the system, boot-services and runtime-services tables. */
struct efi_table_header {
    uint64_t signature;
    uint32_t revision;
    uint32_t header_size;
    uint32_t crc32;
    uint32_t reserved;
};

#endif
