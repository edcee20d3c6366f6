/*
 * Check of an ELF image as an A9N kernel; see kernel_note.h.
 *
 * ELF notes (System V gABI): each is namesz, descsz and type (32 bits
 * each), then the name and the descriptor, each padded to 4 bytes. The
 * program-header table itself was checked by elf64_parse.
 */
#include "kernel_note.h"

#include <stdbool.h>

#define PT_NOTE          4u
#define PHDR_SIZE        56u
#define NOTE_HEADER_SIZE 12u
#define NOTE_NAME        "A9N"
#define NOTE_NAME_SIZE   4u /* with its NUL */

static uint64_t kernel_note_load(const uint8_t *bytes, unsigned width)
{
    uint64_t value = 0;
    for (unsigned i = 0; i < width; i++)
        value |= (uint64_t)bytes[i] << (8 * i);
    return value;
}

static uint64_t kernel_note_align4(uint64_t value)
{
    return (value + 3) & ~(uint64_t)3;
}

/* Does the note at `at` (name `name_size` bytes) carry the A9N name? */
static bool kernel_note_is_a9n(const uint8_t *at, uint64_t name_size)
{
    static const char name[NOTE_NAME_SIZE] = NOTE_NAME;
    if (name_size != NOTE_NAME_SIZE)
        return false;
    for (unsigned i = 0; i < NOTE_NAME_SIZE; i++) {
        if (at[i] != (uint8_t)name[i])
            return false;
    }
    return true;
}

static enum kernel_note_error kernel_note_read(const uint8_t *descriptor, uint64_t size,
                                               struct a9n_kernel_note *note)
{
    if (size < 4 || kernel_note_load(descriptor, 4) != A9N_KERNEL_NOTE_VERSION ||
        size != A9N_KERNEL_NOTE_SIZE)
        return KERNEL_NOTE_BAD_VERSION;
    note->version = (uint32_t)kernel_note_load(descriptor, 4);
    note->reserved = (uint32_t)kernel_note_load(descriptor + 4, 4);
    note->physical_start = kernel_note_load(descriptor + 8, 8);
    note->physical_end = kernel_note_load(descriptor + 16, 8);
    note->virtual_offset = kernel_note_load(descriptor + 24, 8);
    if (note->physical_start >= note->physical_end)
        return KERNEL_NOTE_BAD_RANGE;
    return KERNEL_NOTE_OK;
}

/* Find the A9N note among the notes of [offset, offset + size) of the file. */
static enum kernel_note_error kernel_note_scan(const struct elf64_image *image, uint64_t offset,
                                               uint64_t size, struct a9n_kernel_note *note)
{
    uint64_t end;
    if (__builtin_add_overflow(offset, size, &end) || end > image->size)
        return KERNEL_NOTE_MALFORMED;
    while (offset < end) {
        if (end - offset < NOTE_HEADER_SIZE)
            return KERNEL_NOTE_MALFORMED;
        const uint8_t *header = image->data + offset;
        uint64_t name_size = kernel_note_load(header, 4);
        uint64_t descriptor_size = kernel_note_load(header + 4, 4);
        uint64_t type = kernel_note_load(header + 8, 4);
        /* Each size is below 2^32, so these sums cannot overflow. */
        uint64_t name_at = offset + NOTE_HEADER_SIZE;
        uint64_t descriptor_at = name_at + kernel_note_align4(name_size);
        uint64_t next = descriptor_at + kernel_note_align4(descriptor_size);
        if (next > end || descriptor_at + descriptor_size > end)
            return KERNEL_NOTE_MALFORMED;
        if (type == A9N_KERNEL_NOTE_TYPE && kernel_note_is_a9n(image->data + name_at, name_size))
            return kernel_note_read(image->data + descriptor_at, descriptor_size, note);
        offset = next;
    }
    return KERNEL_NOTE_MISSING;
}

static enum kernel_note_error kernel_note_find(const struct elf64_image *image,
                                               struct a9n_kernel_note *note)
{
    for (uint16_t i = 0; i < image->program_header_count; i++) {
        const uint8_t *header = image->data + image->program_header_offset + (size_t)i * PHDR_SIZE;
        if (kernel_note_load(header, 4) != PT_NOTE)
            continue;
        enum kernel_note_error error = kernel_note_scan(image, kernel_note_load(header + 8, 8),
                                                        kernel_note_load(header + 32, 8), note);
        if (error != KERNEL_NOTE_MISSING)
            return error;
    }
    return KERNEL_NOTE_MISSING;
}

static enum kernel_note_error kernel_note_check_segment(const struct elf64_segment *segment,
                                                        const struct a9n_kernel_note *note)
{
    uint64_t end;
    if (segment->memory_size == 0)
        return KERNEL_NOTE_OK;
    if (segment->physical_address < note->physical_start ||
        __builtin_add_overflow(segment->physical_address, segment->memory_size, &end) ||
        end > note->physical_end)
        return KERNEL_NOTE_SEGMENT_OUTSIDE;
    uint64_t offset = segment->virtual_address - segment->physical_address;
    if (offset != 0 && offset != note->virtual_offset)
        return KERNEL_NOTE_SEGMENT_MISPLACED;
    return KERNEL_NOTE_OK;
}

enum kernel_note_error kernel_note_check(const struct elf64_image *image,
                                         struct a9n_kernel_note *note)
{
    enum kernel_note_error error = kernel_note_find(image, note);
    for (uint16_t i = 0; error == KERNEL_NOTE_OK && i < image->load_segment_count; i++) {
        struct elf64_segment segment;
        elf64_load_segment(image, i, &segment);
        error = kernel_note_check_segment(&segment, note);
    }
    return error;
}

const char *kernel_note_error_string(enum kernel_note_error error)
{
    switch (error) {
    case KERNEL_NOTE_OK:
        return "an A9N kernel";
    case KERNEL_NOTE_MISSING:
        return "not an A9N kernel (it carries no A9N kernel note)";
    case KERNEL_NOTE_MALFORMED:
        return "not an A9N kernel (a note leaves its segment or the file)";
    case KERNEL_NOTE_BAD_VERSION:
        return "an A9N kernel of a version this loader does not understand";
    case KERNEL_NOTE_BAD_RANGE:
        return "an A9N kernel whose note gives no physical range";
    case KERNEL_NOTE_SEGMENT_OUTSIDE:
        return "an A9N kernel with a segment outside the physical range it expects";
    case KERNEL_NOTE_SEGMENT_MISPLACED:
        return "an A9N kernel with a segment moved from where it runs";
    }
    return "an unknown kernel-note error";
}
