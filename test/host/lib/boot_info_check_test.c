/*
 * Host unit tests of the boot-info validator (a9n/lib/boot_info_check.c): a
 * well-formed blob shaped like the UEFI loader's, then one broken field at a
 * time until every error code has been seen, every short `available`, and
 * the largest blobs the limits allow.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "boot_info_check.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

#define HEADER_SIZE         sizeof(struct a9n_boot_info)
#define COMMAND_LINE        "console=serial init=/bin/init"
#define COMMAND_LINE_LENGTH (sizeof COMMAND_LINE - 1)
#define MAP_OFFSET          ((HEADER_SIZE + sizeof COMMAND_LINE + 7) / 8 * 8)
#define REGION_COUNT        4u

static union {
    uint64_t align;
    uint8_t bytes[A9N_BOOT_INFO_MAX_SIZE + 64];
} blob;

static struct a9n_boot_info *header(void)
{
    return (struct a9n_boot_info *)blob.bytes;
}

static struct a9n_memory_region *regions(void)
{
    return (struct a9n_memory_region *)(blob.bytes + header()->memory_map_offset);
}

static void build(void)
{
    static const struct a9n_memory_region map[REGION_COUNT] = {
        {0, 0x9f000, A9N_MEMORY_USABLE, 0},
        {0x100000, 0x200000, A9N_MEMORY_KERNEL, 0},
        {0x300000, 0x7cf0000, A9N_MEMORY_USABLE, 0},
        {0xfee00000, 0x1000, A9N_MEMORY_DEVICE, 0},
    };
    struct a9n_boot_info *info = header();
    memset(&blob, 0xee, sizeof blob);
    memset(info, 0, HEADER_SIZE);
    info->magic = A9N_BOOT_INFO_MAGIC;
    info->version = A9N_BOOT_INFO_VERSION;
    info->boot_source = A9N_BOOT_SOURCE_UEFI;
    info->command_line_offset = HEADER_SIZE;
    info->command_line_length = COMMAND_LINE_LENGTH;
    memcpy(blob.bytes + HEADER_SIZE, COMMAND_LINE, sizeof COMMAND_LINE);
    info->memory_map_offset = MAP_OFFSET;
    info->memory_map_count = REGION_COUNT;
    memcpy(blob.bytes + MAP_OFFSET, map, sizeof map);
    info->size = (uint32_t)(MAP_OFFSET + sizeof map);
    info->kernel = (struct a9n_boot_module){0x100000, 0x180000};
    info->root_server = (struct a9n_boot_module){0x300000, 0x20000};
    info->initrd = (struct a9n_boot_module){0x320000, 0x40000};
    info->acpi_rsdp = 0xe0000;
    info->framebuffer = (struct a9n_framebuffer){
        .physical_base = 0x80000000,
        .size = 1024 * 768 * 4,
        .width = 1024,
        .height = 768,
        .pitch = 4096,
        .bits_per_pixel = 32,
        .red_shift = 16,
        .red_size = 8,
        .green_shift = 8,
        .green_size = 8,
        .blue_shift = 0,
        .blue_size = 8,
    };
}

static enum boot_info_error check(void)
{
    return boot_info_check(header(), header()->size);
}

static void test_well_formed(void)
{
    build();
    CHECK_EQ(check(), BOOT_INFO_OK);
    CHECK_EQ(boot_info_check(header(), sizeof blob.bytes), BOOT_INFO_OK);
    header()->boot_source = A9N_BOOT_SOURCE_PVH;
    header()->framebuffer.physical_base = 0; /* absent: the rest is not looked at */
    header()->framebuffer.bits_per_pixel = 3;
    header()->kernel.size = 0;
    header()->initrd = (struct a9n_boot_module){0, 0};
    CHECK_EQ(check(), BOOT_INFO_OK);
    /* An empty map, an empty command line, adjacent regions of one type. */
    build();
    header()->memory_map_count = 0;
    header()->memory_map_offset = 0;
    header()->command_line_length = 0;
    blob.bytes[HEADER_SIZE] = 0;
    CHECK_EQ(check(), BOOT_INFO_OK);
    build();
    regions()[1].type = A9N_MEMORY_USABLE;
    regions()[1].base = 0x9f000;
    regions()[1].length = 0x261000;
    CHECK_EQ(check(), BOOT_INFO_OK);
    /* Regions may reach the top of the address space. */
    build();
    regions()[3].base = UINT64_MAX - 0xfff;
    regions()[3].length = 0xfff;
    header()->initrd = (struct a9n_boot_module){UINT64_MAX - 9, 9};
    CHECK_EQ(check(), BOOT_INFO_OK);
}

static void test_unaligned_blob(void)
{
    uint8_t *copy = malloc(sizeof blob.bytes + 8);
    build();
    for (unsigned shift = 1; shift < 8; shift++) {
        memcpy(copy + shift, blob.bytes, header()->size);
        CHECK_EQ(boot_info_check((const struct a9n_boot_info *)(copy + shift), header()->size),
                 BOOT_INFO_OK);
    }
    free(copy);
}

static void test_every_short_available(void)
{
    int wrong = 0;
    build();
    uint32_t size = header()->size;
    for (size_t available = 0; available < size; available++) {
        uint8_t *copy = malloc(available > 0 ? available : 1);
        memcpy(copy, blob.bytes, available);
        enum boot_info_error error = boot_info_check((const struct a9n_boot_info *)copy, available);
        if (error !=
            (available < HEADER_SIZE ? BOOT_INFO_ERROR_TOO_SMALL : BOOT_INFO_ERROR_BAD_SIZE))
            wrong++;
        free(copy);
    }
    CHECK_EQ(wrong, 0);
    CHECK_EQ(boot_info_check(NULL, 4096), BOOT_INFO_ERROR_TOO_SMALL);
}

static void test_header_fields(void)
{
    build();
    header()->magic ^= 1;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MAGIC);
    build();
    header()->magic = 0;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MAGIC);
    const uint32_t versions[] = {0, 2, UINT32_MAX};
    for (unsigned i = 0; i < 3; i++) {
        build();
        header()->version = versions[i];
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_VERSION);
    }
    const uint32_t sources[] = {0, 3, UINT32_MAX};
    for (unsigned i = 0; i < 3; i++) {
        build();
        header()->boot_source = sources[i];
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_BOOT_SOURCE);
    }
}

static void test_size(void)
{
    build();
    uint32_t size = header()->size;
    CHECK_EQ(boot_info_check(header(), size - 1), BOOT_INFO_ERROR_BAD_SIZE);
    const uint32_t sizes[] = {0, HEADER_SIZE - 1, A9N_BOOT_INFO_MAX_SIZE + 1, UINT32_MAX};
    for (unsigned i = 0; i < 4; i++) {
        build();
        header()->size = sizes[i];
        CHECK_EQ(boot_info_check(header(), sizeof blob.bytes), BOOT_INFO_ERROR_BAD_SIZE);
    }
    /* The largest blob allowed, with the most regions allowed. */
    build();
    header()->size = A9N_BOOT_INFO_MAX_SIZE;
    header()->memory_map_count = A9N_BOOT_INFO_MAX_REGIONS;
    for (uint32_t i = 0; i < A9N_BOOT_INFO_MAX_REGIONS; i++)
        regions()[i] = (struct a9n_memory_region){(uint64_t)i << 20, 1 << 20, 1 + i % 9, 0};
    CHECK_EQ(boot_info_check(header(), A9N_BOOT_INFO_MAX_SIZE), BOOT_INFO_OK);
    header()->memory_map_count = A9N_BOOT_INFO_MAX_REGIONS + 1;
    CHECK_EQ(boot_info_check(header(), A9N_BOOT_INFO_MAX_SIZE), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
    header()->memory_map_count = UINT32_MAX;
    CHECK_EQ(boot_info_check(header(), A9N_BOOT_INFO_MAX_SIZE), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
}

static void test_memory_map_placement(void)
{
    uint32_t size;
    build();
    size = header()->size;
    const uint32_t offsets[] = {
        MAP_OFFSET + 4, MAP_OFFSET + 1, 0, 8, HEADER_SIZE - 8, size - 8 * 8 /* last region cut */,
        size + 8,       UINT32_MAX - 7};
    for (unsigned i = 0; i < sizeof offsets / sizeof offsets[0]; i++) {
        build();
        header()->memory_map_offset = offsets[i];
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
    }
    build();
    header()->memory_map_count = REGION_COUNT + 1;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
    /* Even an empty map must point inside the blob and be aligned. */
    build();
    header()->memory_map_count = 0;
    header()->memory_map_offset = size + 8;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
    header()->memory_map_offset = 4;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
    header()->memory_map_offset = size;
    CHECK_EQ(check(), BOOT_INFO_OK);
}

static void test_memory_map_regions(void)
{
    const struct {
        unsigned index;
        uint64_t base;
        uint64_t length;
        uint32_t type;
    } cases[] = {
        {0, 0, 0, A9N_MEMORY_USABLE},                   /* empty region */
        {2, 0x300000, 0, A9N_MEMORY_USABLE},            /* empty region */
        {1, 0x100000, 0x200000, 0},                     /* not a type */
        {1, 0x100000, 0x200000, 10},                    /* not a type */
        {1, 0x100000, 0x200000, UINT32_MAX},            /* not a type */
        {3, UINT64_MAX, 1, A9N_MEMORY_DEVICE},          /* base + length overflows */
        {3, 0xfee00000, UINT64_MAX, A9N_MEMORY_DEVICE}, /* base + length overflows */
        {1, 0x9e000, 0x200000, A9N_MEMORY_KERNEL},      /* overlaps region 0 */
        {2, 0x2ff000, 0x1000, A9N_MEMORY_USABLE},       /* overlaps region 1 */
        {1, 0x0, 0x1000, A9N_MEMORY_KERNEL},            /* same base as region 0 */
        {3, 0x1000, 0x1000, A9N_MEMORY_DEVICE},         /* unsorted */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        build();
        regions()[cases[i].index].base = cases[i].base;
        regions()[cases[i].index].length = cases[i].length;
        regions()[cases[i].index].type = cases[i].type;
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MEMORY_MAP);
    }
    for (uint32_t type = A9N_MEMORY_USABLE; type <= A9N_MEMORY_DEVICE; type++) {
        build();
        regions()[1].type = type;
        CHECK_EQ(check(), BOOT_INFO_OK);
    }
}

static void test_command_line(void)
{
    uint32_t size;
    build();
    size = header()->size;
    const struct {
        uint32_t offset;
        uint32_t length;
    } cases[] = {
        {HEADER_SIZE, COMMAND_LINE_LENGTH - 1}, /* the NUL is not at offset + length */
        {HEADER_SIZE, COMMAND_LINE_LENGTH + 1}, /* runs past the NUL */
        {HEADER_SIZE + 1, COMMAND_LINE_LENGTH}, /* likewise */
        {0, 0},                                 /* inside the header */
        {16, 0},                                /* a zero byte, but inside the header */
        {size - 1, 1},                          /* NUL would lie at size */
        {size, 0},                              /* starts at size */
        {size + 100, 0},                        /* starts past size */
        {UINT32_MAX, 1},                        /* offset + length overflows 32 bits */
        {HEADER_SIZE, A9N_BOOT_INFO_MAX_COMMAND_LINE + 1},
        {HEADER_SIZE, UINT32_MAX},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        build();
        header()->command_line_offset = cases[i].offset;
        header()->command_line_length = cases[i].length;
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_COMMAND_LINE);
    }
    /* Not NUL-terminated, and an embedded NUL. */
    build();
    blob.bytes[HEADER_SIZE + COMMAND_LINE_LENGTH] = ' ';
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_COMMAND_LINE);
    build();
    blob.bytes[HEADER_SIZE + 7] = 0;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_COMMAND_LINE);
    /* The longest command line allowed, ending at the last byte. */
    build();
    header()->command_line_offset = header()->size;
    header()->command_line_length = A9N_BOOT_INFO_MAX_COMMAND_LINE;
    memset(blob.bytes + header()->size, 'k', A9N_BOOT_INFO_MAX_COMMAND_LINE);
    blob.bytes[header()->size + A9N_BOOT_INFO_MAX_COMMAND_LINE] = 0;
    header()->size += A9N_BOOT_INFO_MAX_COMMAND_LINE + 1;
    CHECK_EQ(check(), BOOT_INFO_OK);
    header()->size -= 1;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_COMMAND_LINE);
}

static void test_modules(void)
{
    struct a9n_boot_module *const modules[] = {&header()->kernel, &header()->root_server,
                                               &header()->initrd};
    for (unsigned i = 0; i < 3; i++) {
        build();
        *modules[i] = (struct a9n_boot_module){UINT64_MAX - 0xfff, 0x1000};
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MODULE);
        *modules[i] = (struct a9n_boot_module){1, UINT64_MAX};
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_MODULE);
    }
    build();
    header()->root_server.size = 0;
    CHECK_EQ(check(), BOOT_INFO_ERROR_NO_ROOT_SERVER);
    header()->root_server.physical_base = 0;
    CHECK_EQ(check(), BOOT_INFO_ERROR_NO_ROOT_SERVER);
}

static void test_framebuffer(void)
{
    struct a9n_framebuffer *framebuffer = &header()->framebuffer;
    build();
    framebuffer->physical_base = UINT64_MAX - 0x1000;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    const uint8_t bad_depths[] = {0, 1, 12, 33, 40, 255};
    for (unsigned i = 0; i < sizeof bad_depths; i++) {
        build();
        framebuffer->bits_per_pixel = bad_depths[i];
        CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    }
    build();
    framebuffer->pitch = 4095; /* narrower than a row of pixels */
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    build();
    framebuffer->size -= 1; /* pitch * height does not fit */
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    build();
    framebuffer->height = UINT32_MAX;
    framebuffer->pitch = UINT32_MAX;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    build();
    framebuffer->red_shift = 25;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    build();
    framebuffer->green_size = 25;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    build();
    framebuffer->blue_shift = 255;
    framebuffer->blue_size = 255;
    CHECK_EQ(check(), BOOT_INFO_ERROR_BAD_FRAMEBUFFER);
    /* 16 bits per pixel, padded rows. */
    build();
    *framebuffer = (struct a9n_framebuffer){.physical_base = 0xfd000000,
                                            .size = 2048 * 600,
                                            .width = 800,
                                            .height = 600,
                                            .pitch = 2048,
                                            .bits_per_pixel = 16,
                                            .red_shift = 11,
                                            .red_size = 5,
                                            .green_shift = 5,
                                            .green_size = 6,
                                            .blue_size = 5};
    CHECK_EQ(check(), BOOT_INFO_OK);
}

static void test_error_strings(void)
{
    for (int error = BOOT_INFO_OK; error <= BOOT_INFO_ERROR_BAD_FRAMEBUFFER; error++) {
        const char *text = boot_info_error_string((enum boot_info_error)error);
        CHECK(text != NULL && text[0] != 0);
        for (int other = BOOT_INFO_OK; other < error; other++)
            CHECK(strcmp(text, boot_info_error_string((enum boot_info_error)other)) != 0);
    }
    CHECK(strcmp(boot_info_error_string((enum boot_info_error)99), "unknown boot info error") == 0);
}

int main(void)
{
    test_well_formed();
    test_unaligned_blob();
    test_every_short_available();
    test_header_fields();
    test_size();
    test_memory_map_placement();
    test_memory_map_regions();
    test_command_line();
    test_modules();
    test_framebuffer();
    test_error_strings();
    return check_summary();
}
