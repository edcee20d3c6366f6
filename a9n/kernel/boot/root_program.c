/*
 * Building the root program, the first user program (portable core,
 * boot-only).
 *
 * 1. Check the ELF image (elf64_parse) and that every PT_LOAD segment lies
 *    in user space above the first page and owns its pages alone.
 * 2. Make an address space and copy each segment into fresh zeroed frames,
 *    mapped with the segment's rights (never writable and executable).
 * 3. Map the stack (with an unmapped guard page below), the IPC buffer, a
 *    read-only copy of the boot-info blob, the root info and the initrd
 *    (read-only, where it lies) at the addresses below.
 * 4. Set up the thread as <a9n/root_info.h> documents.
 * 5. Last, as it takes all memory boot has not used: build the root
 *    capability space, with capabilities for every frame and table of the
 *    address space just built; queue the thread.
 * The root node is allocated first; everything allocated after it is used
 * only to build the root server, and the root server gets it back as
 * reclaimable generic memory once it deletes those capabilities.
 */
#include <a9n/root_info.h>
#include <elf64.h>
#include <hal/hal.h>
#include <hal/vspace.h>
#include <kernel/boot_memory.h>
#include <kernel/node.h>
#include <kernel/panic.h>
#include <kernel/print.h>
#include <kernel/root_cspace.h>
#include <kernel/root_program.h>
#include <kernel/sched.h>

#define ROOT_STACK_TOP  0x00007ffffff00000ull
#define ROOT_IPC_BUFFER 0x00007fffffe00000ull
#define ROOT_BOOT_INFO  0x00007fffffc00000ull
#define ROOT_INFO       0x00007fff00000000ull
#define ROOT_INITRD     0x00007ffe00000000ull /* the lowest fixed address: the image lies below */
#define PAGE            4096ull

/* Aligned as a thread object is (to its size) as far as the context needs:
 * an extended-state save area wants up to 64 bytes (XSAVE). */
static struct thread root_thread __attribute__((aligned(64)));

static uint64_t page_down(uint64_t address)
{
    return address & ~(PAGE - 1);
}

static uint64_t frame_or_panic(void)
{
    uint64_t frame = boot_memory_allocate();
    if (!frame)
        panic("out of memory while building the root server");
    return frame;
}

static void map_or_panic(uint64_t root, uint64_t address, uint64_t frame, unsigned rights)
{
    if (!hal_vspace_map(root, address, frame, rights, boot_memory_allocate))
        panic("cannot map the root server's page at %lx", address);
}

static unsigned segment_rights(uint32_t flags)
{
    unsigned rights = HAL_MAP_READ;
    if (flags & ELF64_SEGMENT_WRITE)
        rights |= HAL_MAP_WRITE;
    else if (flags & ELF64_SEGMENT_EXECUTE)
        rights |= HAL_MAP_EXECUTE;
    return rights;
}

static void check_segment(const struct elf64_segment *segment, uint64_t previous_end)
{
    uint64_t end;
    if (__builtin_add_overflow(segment->virtual_address, segment->memory_size, &end) ||
        segment->virtual_address < PAGE || end > ROOT_INITRD)
        panic("root server segment at %lx (+%lx) is outside user space", segment->virtual_address,
              segment->memory_size);
    if ((segment->flags & ELF64_SEGMENT_WRITE) && (segment->flags & ELF64_SEGMENT_EXECUTE))
        panic("root server segment at %lx is writable and executable", segment->virtual_address);
    if (page_down(segment->virtual_address) < previous_end)
        panic("root server segments share a page at %lx; link them page-aligned "
              "(the SDK's linker script does)",
              segment->virtual_address);
}

static void load_segment(uint64_t root, const struct elf64_image *image,
                         const struct elf64_segment *segment)
{
    uint64_t start = page_down(segment->virtual_address);
    uint64_t end = segment->virtual_address + segment->memory_size;
    const uint8_t *file = image->data + segment->file_offset;
    for (uint64_t page = start; page < end; page += PAGE) {
        uint64_t frame = frame_or_panic();
        uint8_t *bytes = hal_physical_to_virtual(frame);
        /* Copy the part of [vaddr, vaddr + file_size) that falls in this page. */
        uint64_t copy_start = page > segment->virtual_address ? page : segment->virtual_address;
        uint64_t file_end = segment->virtual_address + segment->file_size;
        uint64_t copy_end = page + PAGE < file_end ? page + PAGE : file_end;
        if (copy_start < copy_end)
            __builtin_memcpy(bytes + (copy_start - page),
                             file + (copy_start - segment->virtual_address), copy_end - copy_start);
        map_or_panic(root, page, frame, segment_rights(segment->flags));
    }
}

static void map_fresh(uint64_t root, uint64_t start, uint64_t size, unsigned rights)
{
    for (uint64_t page = start; page < start + size; page += PAGE)
        map_or_panic(root, page, frame_or_panic(), rights);
}

static uint64_t range_or_panic(uint64_t size)
{
    uint64_t physical = boot_memory_allocate_range(size);
    if (!physical)
        panic("out of contiguous memory while building the root server");
    return physical;
}

/* Map the initrd read-only where the root server finds it; its pages stay
 * where the boot path put them. */
static void map_initrd(uint64_t root, const struct a9n_boot_info *info,
                       struct root_cspace_layout *layout)
{
    if (info->initrd.size == 0)
        return;
    uint64_t base = page_down(info->initrd.physical_base);
    uint64_t end = page_down(info->initrd.physical_base + info->initrd.size - 1) + PAGE;
    for (uint64_t page = base; page < end; page += PAGE)
        map_or_panic(root, ROOT_INITRD + (page - base), page, HAL_MAP_READ);
    layout->initrd_address = ROOT_INITRD + (info->initrd.physical_base - base);
    layout->initrd_size = info->initrd.size;
}

/* Pages the root server's address space will map, not counting its tables. */
static uint64_t count_pages(const struct elf64_image *image, const struct a9n_boot_info *info)
{
    uint64_t pages = A9N_ROOT_STACK_SIZE / PAGE + A9N_IPC_BUFFER_SIZE / PAGE + info->size / PAGE +
                     1 + info->initrd.size / PAGE + 2;
    for (uint16_t i = 0; i < image->load_segment_count; i++) {
        struct elf64_segment segment;
        elf64_load_segment(image, i, &segment);
        pages += segment.memory_size / PAGE + 2;
    }
    return pages;
}

static void map_boot_info(uint64_t root, const struct a9n_boot_info *info)
{
    const uint8_t *blob = (const uint8_t *)info;
    for (uint64_t offset = 0; offset < info->size; offset += PAGE) {
        uint64_t frame = frame_or_panic();
        uint64_t chunk = info->size - offset < PAGE ? info->size - offset : PAGE;
        __builtin_memcpy(hal_physical_to_virtual(frame), blob + offset, chunk);
        /* The boot paths do not know the TSC rate; the kernel measured it. */
        if (offset == 0 && info->tsc_frequency_hz == 0) {
            struct a9n_boot_info *copy = hal_physical_to_virtual(frame);
            copy->tsc_frequency_hz = hal_tsc_frequency();
        }
        map_or_panic(root, ROOT_BOOT_INFO + offset, frame, HAL_MAP_READ);
    }
}

void root_program_build(const struct a9n_boot_info *info)
{
    const void *file = hal_physical_to_virtual(info->root_server.physical_base);
    struct elf64_image image;
    enum elf64_error error =
        elf64_parse(&image, file, info->root_server.size, ELF64_MACHINE_X86_64);
    if (error != ELF64_OK)
        panic("root server image is unusable: %s", elf64_error_string(error));

    /* The root node lives as long as the root server; everything allocated
     * after it is used only to build the root server and is reclaimable. */
    struct root_cspace_plan plan;
    root_cspace_plan(&plan, info, count_pages(&image, info));
    struct root_cspace_layout layout = {
        .radix = plan.radix,
        .info_size = (plan.info_size + PAGE - 1) & ~(PAGE - 1),
        .node_memory = hal_physical_to_virtual(range_or_panic(node_size(plan.radix))),
    };
    layout.reclaimable_start = boot_memory_mark();

    uint64_t root = frame_or_panic();
    hal_vspace_init(root);
    layout.vspace_root = root;
    uint64_t previous_end = 0;
    for (uint16_t i = 0; i < image.load_segment_count; i++) {
        struct elf64_segment segment;
        elf64_load_segment(&image, i, &segment);
        if (segment.memory_size == 0)
            continue;
        check_segment(&segment, previous_end);
        load_segment(root, &image, &segment);
        previous_end = page_down(segment.virtual_address + segment.memory_size - 1) + PAGE;
    }
    map_fresh(root, ROOT_STACK_TOP - A9N_ROOT_STACK_SIZE, A9N_ROOT_STACK_SIZE,
              HAL_MAP_READ | HAL_MAP_WRITE);
    map_fresh(root, ROOT_IPC_BUFFER, A9N_IPC_BUFFER_SIZE, HAL_MAP_READ | HAL_MAP_WRITE);
    map_boot_info(root, info);
    uint64_t info_physical = range_or_panic(layout.info_size);
    for (uint64_t offset = 0; offset < layout.info_size; offset += PAGE)
        map_or_panic(root, ROOT_INFO + offset, info_physical + offset, HAL_MAP_READ);
    layout.info = hal_physical_to_virtual(info_physical);
    map_initrd(root, info, &layout);
    layout.reclaimable_end = boot_memory_mark();

    thread_init(&root_thread, "root server");
    thread_set_entry(&root_thread, image.entry, ROOT_STACK_TOP, ROOT_BOOT_INFO, ROOT_IPC_BUFFER,
                     ROOT_INFO);
    root_thread.ipc_buffer = ROOT_IPC_BUFFER;
    root_thread.priority = A9N_ROOT_THREAD_PRIORITY;
    root_thread.max_controlled_priority = A9N_THREAD_MAX_PRIORITY;
    kprintf("a9n: root server: entry %lx, %u segments\n", image.entry, image.load_segment_count);
    root_cspace_create(&root_thread, &layout, info);
    kprintf("a9n: %lu KiB of boot memory used\n", boot_memory_allocated() / 1024);
    sched_make_runnable(&root_thread);
}
