/*
 * The object types these tests never make (memory, threads, IPC, interrupts),
 * for the host build of the capability core: object_types.c names their
 * functions, and reaching one here means a test went where it should not,
 * so each aborts.
 */
#include <kernel/interrupt.h>
#include <kernel/ipc.h>
#include <kernel/memory.h>
#include <kernel/process_control.h>
#include <stdio.h>
#include <stdlib.h>

static _Noreturn void absent(const char *name)
{
    fprintf(stderr, "absent_modules.c: %s reached in a capability-core test\n", name);
    abort();
}

uint64_t address_space_free_identifiers(void)
{
    absent(__func__);
}
struct capability address_space_create(uint64_t physical)
{
    (void)physical;
    absent(__func__);
}
struct object_header *address_space_header(const struct capability *c)
{
    (void)c;
    absent(__func__);
}
void address_space_destroy(struct object_header *h)
{
    (void)h;
    absent(__func__);
}
enum a9n_error address_space_invoke(struct slot *t, uint64_t o, const uint64_t *a, uint64_t *r)
{
    (void)t, (void)o, (void)a, (void)r;
    absent(__func__);
}
struct capability page_table_create(uint64_t physical, unsigned depth)
{
    (void)physical, (void)depth;
    absent(__func__);
}
void page_table_finalize(const struct capability *c)
{
    (void)c;
    absent(__func__);
}
enum a9n_error page_table_invoke(struct slot *cr, struct slot *t, uint64_t o, const uint64_t *a,
                                 uint64_t *r)
{
    (void)cr, (void)t, (void)o, (void)a, (void)r;
    absent(__func__);
}
bool frame_size_supported(uint64_t size_bits)
{
    return size_bits == 12;
}
struct capability frame_create(uint64_t physical, unsigned size_bits, bool device)
{
    (void)physical, (void)size_bits, (void)device;
    absent(__func__);
}
void frame_derived(struct capability *c)
{
    (void)c;
    absent(__func__);
}
void frame_finalize(const struct capability *c)
{
    (void)c;
    absent(__func__);
}
enum a9n_error frame_invoke(struct slot *cr, struct slot *t, uint64_t o, const uint64_t *a,
                            uint64_t *r)
{
    (void)cr, (void)t, (void)o, (void)a, (void)r;
    absent(__func__);
}
struct capability process_control_create(void *memory)
{
    (void)memory;
    absent(__func__);
}
void process_control_destroy(struct object_header *h)
{
    (void)h;
    absent(__func__);
}
enum a9n_error process_control_invoke(struct thread *c, struct slot *t, uint64_t o,
                                      const uint64_t *a, uint64_t *r)
{
    (void)c, (void)t, (void)o, (void)a, (void)r;
    absent(__func__);
}
struct capability ipc_port_create(void *memory)
{
    (void)memory;
    absent(__func__);
}
struct object_header *ipc_port_header(const struct capability *c)
{
    (void)c;
    absent(__func__);
}
void ipc_port_destroy(struct object_header *h)
{
    (void)h;
    absent(__func__);
}
void ipc_port_invoke(struct thread *c, struct slot *t, uint64_t o)
{
    (void)c, (void)t, (void)o;
    absent(__func__);
}
void ipc_transfer_complete(struct thread *thread, enum a9n_error error)
{
    (void)thread, (void)error;
    absent(__func__);
}
struct capability notification_create(void *memory)
{
    (void)memory;
    absent(__func__);
}
struct object_header *notification_header(const struct capability *c)
{
    (void)c;
    absent(__func__);
}
void notification_destroy(struct object_header *h)
{
    (void)h;
    absent(__func__);
}
enum a9n_error notification_invoke(struct thread *c, struct slot *t, uint64_t o, uint64_t *r)
{
    (void)c, (void)t, (void)o, (void)r;
    absent(__func__);
}
enum a9n_error interrupt_region_invoke(struct slot *cr, struct slot *t, uint64_t o,
                                       const uint64_t *a)
{
    (void)cr, (void)t, (void)o, (void)a;
    absent(__func__);
}
struct object_header *interrupt_port_header(const struct capability *c)
{
    (void)c;
    absent(__func__);
}
void interrupt_port_destroy(struct object_header *h)
{
    (void)h;
    absent(__func__);
}
enum a9n_error interrupt_port_invoke(struct slot *cr, struct slot *t, uint64_t o, const uint64_t *a)
{
    (void)cr, (void)t, (void)o, (void)a;
    absent(__func__);
}
enum a9n_error io_port_invoke(struct slot *cr, struct slot *t, uint64_t o, const uint64_t *a,
                              uint64_t *r)
{
    (void)cr, (void)t, (void)o, (void)a, (void)r;
    absent(__func__);
}
