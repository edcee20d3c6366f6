/*
 * The KOITO root server (KOITO, the first user program A9N starts).
 *
 * Walking-skeleton stage: it greets, reports the boot information and the
 * capabilities the kernel handed it, and exits with status 0 (1 if the boot
 * info is unusable), which ends a QEMU run. Later it will
 * unpack the initrd, start ULMM and the other servers, and own process
 * creation and the name service.
 *
 * The boot-info blob is read defensively: every offset/count pair is checked
 * against the blob's size before use, as <a9n/boot_info.h> asks.
 */
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <stdint.h>
#include <stdio.h>

#define MIB (UINT64_C(1) << 20)

static const char *boot_source_name(uint32_t source)
{
    switch (source) {
    case A9N_BOOT_SOURCE_UEFI:
        return "UEFI";
    case A9N_BOOT_SOURCE_PVH:
        return "PVH";
    default:
        return "unknown";
    }
}

/* Whether [offset, offset + length) lies inside the blob. */
static int blob_contains(const struct a9n_boot_info *info, uint64_t offset, uint64_t length)
{
    return offset <= info->size && length <= info->size - offset;
}

static void print_memory(const struct a9n_boot_info *info)
{
    uint64_t count = info->memory_map_count;
    uint64_t bytes = count * sizeof(struct a9n_memory_region);

    if (count > A9N_BOOT_INFO_MAX_REGIONS || info->memory_map_offset % 8 != 0 ||
        !blob_contains(info, info->memory_map_offset, bytes)) {
        printf("  memory map: malformed\n");
        return;
    }
    const struct a9n_memory_region *regions =
        (const struct a9n_memory_region *)((const char *)info + info->memory_map_offset);
    uint64_t usable = 0;
    for (uint64_t i = 0; i < count; i++) {
        if (regions[i].type == A9N_MEMORY_USABLE) {
            usable += regions[i].length;
        }
    }
    printf("  memory: %llu regions, %llu MiB usable\n", (unsigned long long)count,
           (unsigned long long)(usable / MIB));
}

static void print_command_line(const struct a9n_boot_info *info)
{
    uint64_t length = info->command_line_length;

    if (length >= A9N_BOOT_INFO_MAX_COMMAND_LINE ||
        !blob_contains(info, info->command_line_offset, length + 1)) {
        printf("  command line: malformed\n");
        return;
    }
    const char *text = (const char *)info + info->command_line_offset;
    printf("  command line: \"%.*s\"\n", (int)length, text);
}

/* The generics the kernel handed over, as their own capabilities report them. */
static void print_capabilities(void)
{
    const struct a9n_root_info *root = koito_root_info();
    if (root == NULL || root->version != A9N_ROOT_INFO_VERSION) {
        printf("  capabilities: no valid root info\n");
        return;
    }
    const struct a9n_root_generic *generics = a9n_root_info_generics(root);
    uint64_t free_bytes = 0;
    for (uint32_t i = 0; i < root->generic_count; i++) {
        a9n_descriptor_t generic =
            a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, root->node_radix, generics[i].slot);
        uint64_t free = 0;
        if (a9n_generic_get_info(generic, NULL, &free, NULL) == A9N_OK)
            free_bytes += free;
    }
    printf("  capabilities: root node of %u slots, %u generics, %llu MiB free\n",
           1u << root->node_radix, root->generic_count, (unsigned long long)(free_bytes / MIB));
}

int main(void)
{
    const struct a9n_boot_info *info = koito_boot_info();

    printf("KOITO root server: hello from user space\n");
    if (info == NULL || info->magic != A9N_BOOT_INFO_MAGIC ||
        info->version != A9N_BOOT_INFO_VERSION || info->size < sizeof *info ||
        info->size > A9N_BOOT_INFO_MAX_SIZE) {
        printf("  no valid boot info\n");
        return 1;
    }
    printf("  boot source: %s\n", boot_source_name(info->boot_source));
    print_memory(info);
    print_command_line(info);
    printf("  initrd: %llu bytes\n", (unsigned long long)info->initrd.size);
    if (info->framebuffer.physical_base)
        printf("  framebuffer: %ux%u, %u bits per pixel\n", info->framebuffer.width,
               info->framebuffer.height, info->framebuffer.bits_per_pixel);
    print_capabilities();
    return 0;
}
