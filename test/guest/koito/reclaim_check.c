/*
 * The released initrd (test/guest/koito, koito-reclaim.cpio; checked by check-reclaim.py): the
 * init program of a system with no POSIX server, no spawn grant and no program started on
 * request or restarted, so init releases the initrd once the programs run and ULMM takes its
 * memory (koito/init/reclaim.c). Its priority is below init's, so it runs after the release.
 *
 * It prints what ULMM manages now (ULMMI memory), for the script to compare with what init and
 * ULMM said at boot; then it proves the memory works and ULMM stays consistent: it maps and
 * touches 4 MiB, checks them, unmaps them and asks ULMM to check itself. Exit status 0 when all
 * of that held.
 */
#include <koito/process.h>
#include <koito/slots.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <ulmm/ulmmi.h>

#define CHECK_BYTES (4u << 20)

int main(void)
{
    uint64_t total = 0, free = 0;
    a9n_descriptor_t session = koito_slot(KOITO_SLOT_MEMORY);
    if (koito_ulmmi_memory(session, &total, &free) != KOITO_ULMMI_OK) {
        printf("reclaim-check: no answer from ULMM\n");
        return 1;
    }
    printf("reclaim-check: ULMM manages %llu KiB\n", (unsigned long long)(total >> 10));
    uint8_t *bytes =
        mmap(NULL, CHECK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (bytes == MAP_FAILED) {
        printf("reclaim-check: cannot map %u bytes\n", CHECK_BYTES);
        return 2;
    }
    for (size_t i = 0; i < CHECK_BYTES; i += 4096)
        bytes[i] = (uint8_t)(i >> 12);
    for (size_t i = 0; i < CHECK_BYTES; i += 4096) {
        if (bytes[i] != (uint8_t)(i >> 12)) {
            printf("reclaim-check: page %zu lost its byte\n", i >> 12);
            return 3;
        }
    }
    if (munmap(bytes, CHECK_BYTES) != 0 || koito_ulmmi_check(session) != KOITO_ULMMI_OK) {
        printf("reclaim-check: unmapping failed or ULMM is inconsistent\n");
        return 4;
    }
    printf("reclaim-check: the memory works, ULMM consistent\n");
    return 0;
}
