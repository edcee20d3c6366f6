/*
 * meminfo: shows the memory ULMM, KOITO's memory manager, reports (userland
 * utility; KOITO's own, guest only):
 *
 *   system    all the general memory ULMM manages (ULMMI memory): what is in
 *             use by every program, kernel object and ULMM's own records,
 *             and what it has not handed out
 *   program   this program's ULMM session (ULMMI quota): the quota its
 *             creator donated, what is charged to it, and what is left
 *
 * Sizes in KiB, or in bytes with -b. It asks through the program's own
 * session (KOITO_SLOT_MEMORY), the only memory authority a program has.
 */
#include <koito/process.h>
#include <koito/slots.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <ulmm/ulmmi.h>
#include <unistd.h>

static bool in_bytes;

/* One size as shown: "1234 KiB", or "1263616" with -b. */
static const char *meminfo_size(char *text, size_t room, uint64_t bytes)
{
    if (in_bytes)
        snprintf(text, room, "%llu", (unsigned long long)bytes);
    else
        snprintf(text, room, "%llu KiB", (unsigned long long)(bytes / 1024));
    return text;
}

static void meminfo_row(const char *name, uint64_t total, uint64_t used)
{
    char total_text[32], used_text[32], free_text[32];
    printf("%-8s %16s %16s %16s\n", name, meminfo_size(total_text, sizeof total_text, total),
           meminfo_size(used_text, sizeof used_text, used),
           meminfo_size(free_text, sizeof free_text, total - used));
}

int main(int argc, char **argv)
{
    int option;
    while ((option = getopt(argc, argv, "b")) != -1) {
        if (option != 'b') {
            fputs("usage: meminfo [-b]\n", stderr);
            return 2;
        }
        in_bytes = true;
    }
    if (optind < argc) {
        fprintf(stderr, "meminfo: extra operand '%s'\n", argv[optind]);
        return 2;
    }
    a9n_descriptor_t session = koito_slot(KOITO_SLOT_MEMORY);
    uint64_t total = 0, free = 0, quota = 0, used = 0;
    enum koito_ulmmi_error error = koito_ulmmi_memory(session, &total, &free);
    if (error == KOITO_ULMMI_OK)
        error = koito_ulmmi_quota(session, &quota, &used, NULL);
    if (error != KOITO_ULMMI_OK) {
        fprintf(stderr, "meminfo: the memory manager did not answer (ULMMI error %d)\n",
                (int)error);
        return 1;
    }
    if (free > total || used > quota) {
        fputs("meminfo: the memory manager's figures do not add up\n", stderr);
        return 1;
    }
    printf("%-8s %16s %16s %16s\n", "memory", "total", "used", "free");
    meminfo_row("system", total, total - free);
    meminfo_row("program", quota, used);
    return 0;
}
