/*
 * Kernel placement: the ELF64 PT_LOAD segments of the kernel are copied to
 * their physical addresses (p_paddr), which the kernel's linker script chose;
 * the virtual addresses are the kernel's higher-half mapping, which only the
 * kernel sets up.
 *
 * Layer: UEFI boot loader, on top of a9n/lib/elf64 (which has already checked
 * every segment against the file), a9n/lib/kernel_note (which checks that
 * the file is an A9N kernel and its segments land where it expects) and
 * AllocatePages(AllocateAddress).
 *
 * Segments may share a page at their boundary, so each segment allocates
 * only the pages no earlier segment covers; physical overlap of the segments
 * themselves is refused, since one would overwrite the other.
 */
#include "elf_load.h"

#include "console.h"
#include "pages.h"

#include <elf64.h>
#include <kernel_note.h>

/* A kernel has a handful of PT_LOAD segments (text, rodata, data, boot). */
#define ELF_LOAD_MAX_SEGMENTS 32u

/* Page-aligned physical range [start, end) of one segment. */
struct elf_load_range {
    uint64_t start;
    uint64_t end;
};

static efi_status elf_load_parse(const char *path, const struct file_blob *file,
                                 struct elf64_image *image)
{
    enum elf64_error error = elf64_parse(image, (const void *)(uintptr_t)file->address,
                                         (size_t)file->size, ELF64_MACHINE_X86_64);
    if (error != ELF64_OK) {
        console_error(path, elf64_error_string(error));
        return EFI_LOAD_ERROR;
    }
    return EFI_SUCCESS;
}

static bool elf_load_page_range(const struct elf64_segment *segment, struct elf_load_range *range)
{
    uint64_t end;
    if (__builtin_add_overflow(segment->physical_address, segment->memory_size, &end) ||
        end > UINT64_MAX - (EFI_PAGE_SIZE - 1)) {
        return false;
    }
    range->start = segment->physical_address & ~(uint64_t)(EFI_PAGE_SIZE - 1);
    range->end = (end + EFI_PAGE_SIZE - 1) & ~(uint64_t)(EFI_PAGE_SIZE - 1);
    return true;
}

static void elf_load_report_range(const char *path, const char *problem, uint64_t start,
                                  uint64_t end)
{
    console_begin_error(path);
    console_write(problem);
    console_write(" ");
    console_write_hex(start);
    console_write("-");
    console_write_hex(end);
    console_write("\n");
}

/* Allocate and zero the pages of `range` that none of `done[0..count)` covers. */
static efi_status elf_load_allocate(const char *path, struct elf_load_range range,
                                    const struct elf_load_range *done, uint16_t count)
{
    uint64_t cursor = range.start;
    while (cursor < range.end) {
        uint64_t run_end = range.end;
        bool covered = false;
        for (uint16_t i = 0; i < count; i++) {
            if (done[i].start <= cursor && cursor < done[i].end) {
                cursor = done[i].end;
                covered = true;
                break;
            }
            if (done[i].start > cursor && done[i].start < run_end) {
                run_end = done[i].start;
            }
        }
        if (covered) {
            continue;
        }
        efi_status status =
            pages_allocate_at(cursor, (run_end - cursor) / EFI_PAGE_SIZE, EFI_MEMORY_A9N_KERNEL);
        if (EFI_IS_ERROR(status)) {
            elf_load_report_range(path, "cannot allocate the physical range", cursor, run_end);
            return status;
        }
        __builtin_memset((void *)(uintptr_t)cursor, 0, run_end - cursor);
        cursor = run_end;
    }
    return EFI_SUCCESS;
}

/* Refuse segments whose physical bytes overlap those of an earlier one. */
static efi_status elf_load_check_overlap(const char *path, const struct elf64_image *image,
                                         const struct elf64_segment *segment, uint16_t index)
{
    for (uint16_t i = 0; i < index; i++) {
        struct elf64_segment other;
        elf64_load_segment(image, i, &other);
        if (other.memory_size != 0 &&
            segment->physical_address < other.physical_address + other.memory_size &&
            other.physical_address < segment->physical_address + segment->memory_size) {
            elf_load_report_range(path, "segments overlap in physical memory at",
                                  segment->physical_address,
                                  segment->physical_address + segment->memory_size);
            return EFI_LOAD_ERROR;
        }
    }
    return EFI_SUCCESS;
}

static efi_status elf_load_segments(const char *path, const struct elf64_image *image,
                                    struct elf_load_range *done)
{
    for (uint16_t i = 0; i < image->load_segment_count; i++) {
        struct elf64_segment segment;
        elf64_load_segment(image, i, &segment);
        done[i] = (struct elf_load_range){0, 0};
        if (segment.memory_size == 0) {
            continue;
        }
        if (!elf_load_page_range(&segment, &done[i])) {
            console_error(path, "a segment's physical range overflows");
            return EFI_LOAD_ERROR;
        }
        efi_status status = elf_load_check_overlap(path, image, &segment, i);
        if (!EFI_IS_ERROR(status)) {
            status = elf_load_allocate(path, done[i], done, i);
        }
        if (EFI_IS_ERROR(status)) {
            return status;
        }
        uint8_t *target = (uint8_t *)(uintptr_t)segment.physical_address;
        __builtin_memcpy(target, image->data + segment.file_offset, segment.file_size);
        __builtin_memset(target + segment.file_size, 0, segment.memory_size - segment.file_size);
    }
    return EFI_SUCCESS;
}

/* e_entry is virtual; the segment holding it says where it lies physically. */
static bool elf_load_entry(const struct elf64_image *image, uint64_t *entry)
{
    for (uint16_t i = 0; i < image->load_segment_count; i++) {
        struct elf64_segment segment;
        elf64_load_segment(image, i, &segment);
        if (segment.virtual_address <= image->entry &&
            image->entry - segment.virtual_address < segment.memory_size) {
            *entry = image->entry - segment.virtual_address + segment.physical_address;
            return true;
        }
    }
    return false;
}

efi_status elf_load_kernel(const char *path, const struct file_blob *file,
                           struct elf_load_kernel *kernel)
{
    struct elf_load_range done[ELF_LOAD_MAX_SEGMENTS];
    struct elf64_image image;

    efi_status status = elf_load_parse(path, file, &image);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    /* Only an A9N kernel of a known note version, every segment where it
     * says, before a single page is taken. */
    struct a9n_kernel_note note;
    enum kernel_note_error note_error = kernel_note_check(&image, &note);
    if (note_error != KERNEL_NOTE_OK) {
        console_error(path, kernel_note_error_string(note_error));
        return EFI_LOAD_ERROR;
    }
    if (image.load_segment_count > ELF_LOAD_MAX_SEGMENTS) {
        console_error(path, "too many loadable segments for a kernel");
        return EFI_LOAD_ERROR;
    }
    if (!elf_load_entry(&image, &kernel->entry)) {
        console_error(path, "the entry point is in no loadable segment");
        return EFI_LOAD_ERROR;
    }
    status = elf_load_segments(path, &image, done);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    uint64_t base = UINT64_MAX;
    uint64_t end = 0;
    for (uint16_t i = 0; i < image.load_segment_count; i++) {
        if (done[i].end != 0) {
            base = done[i].start < base ? done[i].start : base;
            end = done[i].end > end ? done[i].end : end;
        }
    }
    if (end == 0) {
        console_error(path, "no segment occupies memory");
        return EFI_LOAD_ERROR;
    }
    kernel->base = base;
    kernel->size = end - base;
    return EFI_SUCCESS;
}

efi_status elf_load_check(const char *path, const struct file_blob *file)
{
    struct elf64_image image;
    return elf_load_parse(path, file, &image);
}
