/*
 * churn-give / churn-take (test/guest/koito): after its churn, a client shares memory with another
 * client through ULMM. It makes a shared object of 1 to 4 pages, fills it with its own pattern,
 * issues a read-only grant and passes the grant (handle and key: plain words, which is all another
 * session needs) over the port both are granted as "exchange"; it takes some other client's grant
 * from the same port, maps it read-only, checks every page against that client's pattern and
 * checks that a read-write mapping of a read-only grant is refused. Half the clients send first
 * and half receive first ("give"/"take"), so the 64 rendezvous always pair up and no client gets
 * its own grant back.
 *
 * Its object must outlive the other side's check: the client reports its result to the driver on
 * "exchange-done" and waits on "exchange-release" before destroying its object and ending; the
 * driver releases the clients only once all 64 have reported.
 */
#include "child.h"

#include <stdbool.h>

#include <a9n/a9n.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <ulmm/ulmmi.h>

#define PAGE UINT64_C(4096)

static uint8_t exchange_byte(uint64_t value, uint64_t offset)
{
    return (uint8_t)(value * 13 + offset / PAGE * 7 + offset % 251);
}

static bool exchange_pass(a9n_descriptor_t port, bool give_first, struct a9n_message *mine,
                          struct a9n_message *theirs)
{
    if (give_first && a9n_ipc_port_send(port, mine) != A9N_OK)
        return false;
    if (a9n_ipc_port_receive(port, theirs) != A9N_OK)
        return false;
    return give_first || a9n_ipc_port_send(port, mine) == A9N_OK;
}

/* Map the other client's grant and check its bytes; 0 when everything held. */
static int exchange_check(const struct a9n_message *theirs, uint64_t own_value)
{
    a9n_descriptor_t s = koito_slot(KOITO_SLOT_MEMORY);
    uint64_t grant = theirs->words[0], key = theirs->words[1];
    uint64_t pages = theirs->words[2], value = theirs->words[3], address = 0;
    if (A9N_MESSAGE_LENGTH(theirs->info) != 4 || pages < 1 || pages > 4 || value == own_value)
        return 1;
    if (koito_ulmmi_share_map(s, grant, key, 0, KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE, 0,
                              &address) != KOITO_ULMMI_ERROR_INSUFFICIENT_RIGHTS)
        return 2;
    if (koito_ulmmi_share_map(s, grant, key, 0, KOITO_ULMMI_PROT_READ, 0, &address) !=
        KOITO_ULMMI_OK)
        return 3;
    int bad = 0;
    const volatile uint8_t *bytes = (const volatile uint8_t *)(uintptr_t)address;
    for (uint64_t i = 0; i < pages * PAGE && !bad; i += 61)
        bad = bytes[i] != exchange_byte(value, i);
    if (koito_ulmmi_unmap(s, address, pages * PAGE) != KOITO_ULMMI_OK)
        return 5;
    return bad ? 4 : 0;
}

/* Make the object, fill it with this client's pattern and issue a read-only grant into mine;
 * 0, or why not (mine then names no object, so the other side's check fails too). */
static int exchange_prepare(uint64_t value, uint64_t *share, struct a9n_message *mine)
{
    a9n_descriptor_t s = koito_slot(KOITO_SLOT_MEMORY);
    uint64_t pages = 1 + value % 4, size = pages * PAGE, grant = 0, key = 0, own = 0;
    if (koito_ulmmi_share_create(s, size, share) != KOITO_ULMMI_OK)
        return 10;
    if (koito_ulmmi_share_grant(s, *share, KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE, &grant,
                                &key) != KOITO_ULMMI_OK ||
        koito_ulmmi_share_map(s, grant, key, 0, KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE, 0,
                              &own) != KOITO_ULMMI_OK)
        return 11;
    volatile uint8_t *bytes = (volatile uint8_t *)(uintptr_t)own;
    for (uint64_t i = 0; i < size; i++)
        bytes[i] = exchange_byte(value, i);
    if (koito_ulmmi_unmap(s, own, size) != KOITO_ULMMI_OK ||
        koito_ulmmi_share_grant(s, *share, KOITO_ULMMI_PROT_READ, &grant, &key) != KOITO_ULMMI_OK)
        return 12;
    mine->words[0] = grant;
    mine->words[1] = key;
    mine->words[2] = pages;
    return 0;
}

int child_exchange(bool give_first)
{
    uint64_t value = koito_aux_value(KOITO_AUX_PROCESS_ID, 0), share = 0;
    struct a9n_message mine = {.info = A9N_MESSAGE_INFO(4, 0)}, theirs = {.info = 0};
    mine.words[3] = value;
    int result = exchange_prepare(value, &share, &mine);
    /* Always through every step, so that the other side and the driver never wait for ever. */
    bool passed = exchange_pass(koito_capability("exchange"), give_first, &mine, &theirs);
    if (result == 0)
        result = passed ? exchange_check(&theirs, value) : 13;

    struct a9n_message report = {.info = A9N_MESSAGE_INFO(1, 0)}, release = {.info = 0};
    report.words[0] = (uint64_t)result;
    if (a9n_ipc_port_send(koito_capability("exchange-done"), &report) != A9N_OK ||
        a9n_ipc_port_receive(koito_capability("exchange-release"), &release) != A9N_OK)
        return 14;
    if (share != 0 &&
        koito_ulmmi_share_destroy(koito_slot(KOITO_SLOT_MEMORY), share) != KOITO_ULMMI_OK)
        return 15;
    return result;
}
