/*
 * <koito/protocol.h>: the client side of KOITO's server protocols (KOITO-libc,
 * installed with the SDK).
 *
 * Every protocol defined in koito/protocol/ has generated stubs
 * (<koito/protocol/NAME.h>) that encode a request, send it and check the
 * reply. A request that fits the message registers and carries no
 * capability is built in a struct a9n_message and sent with
 * koito_protocol_call_registers(), which hands it to the kernel in
 * registers; its reply is read where it lands (koito_protocol_reply()).
 * Any other request is encoded into the calling thread's IPC buffer and sent
 * with koito_protocol_call(): a message's word i is word i of the IPC buffer
 * there, koito_protocol_call() moves words 0..7 between the buffer and the
 * message registers, and the kernel moves the rest between the two threads'
 * buffers. Bytes travel packed little-endian, eight to a word, the last word
 * padded with zeros.
 */
#ifndef KOITO_PROTOCOL_H
#define KOITO_PROTOCOL_H

#include <a9n/a9n.h>
#include <koito/boot.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* The common error every protocol numbers 260 (KOITO_<P>_ERROR_MALFORMED_REPLY):
 * the server loop answers with it when the kernel refuses the reply a
 * handler made (koito/protocol/generate.py checks each protocol agrees). */
#define KOITO_PROTOCOL_ERROR_MALFORMED_REPLY 260u

/* One request and its reply, as koito_protocol_call() sees them. */
struct koito_protocol_exchange {
    uint64_t length;           /* words: of the request in, of the reply out */
    a9n_descriptor_t transfer; /* in: a capability to send (needs GRANT), or INVALID */
    a9n_descriptor_t receive;  /* in: an empty slot for a capability in the reply, or INVALID */
    bool capability;           /* out: a capability arrived in `receive` */
};

/* An exchange of `length` request words that sends and receives no capability. */
static inline struct koito_protocol_exchange koito_protocol_exchange(uint64_t length)
{
    struct koito_protocol_exchange exchange = {length, A9N_DESCRIPTOR_INVALID,
                                               A9N_DESCRIPTOR_INVALID, false};
    return exchange;
}

/* The words `count` bytes take. */
static inline uint64_t koito_protocol_data_words(uint64_t count)
{
    return (count + 7) / 8;
}

/* Pack `count` bytes into words, zeroing the rest of the last word. Fewer than eight (a
 * 1-byte write, say) are copied here: the C library is built without builtins, so memcpy
 * would be a call that costs more than the bytes. */
static inline void koito_protocol_pack(uint64_t *words, const void *bytes, uint64_t count)
{
    if (count % 8)
        words[count / 8] = 0;
    if (count < 8) {
        /* Pieces of fixed size, no loop (the compiler would vectorize one for long counts). */
        uint8_t *to = (uint8_t *)words;
        const uint8_t *from = bytes;
        if (count & 4) {
            __builtin_memcpy(to, from, 4);
            to += 4;
            from += 4;
        }
        if (count & 2) {
            __builtin_memcpy(to, from, 2);
            to += 2;
            from += 2;
        }
        if (count & 1)
            *to = *from;
        return;
    }
    memcpy(words, bytes, (size_t)count);
}

/* Pack `count` bytes into message->words[first ..] for the register call. Fewer than eight make
 * one word; more are packed into an array of their own and copied word by word, each index a
 * constant once inlined, so that the compiler keeps the message in registers instead of building
 * it in memory (the words past the request's length are copied but never sent). */
static inline void koito_protocol_pack_registers(struct a9n_message *message, unsigned first,
                                                 const void *bytes, uint64_t count)
{
    if (count < 8) {
        /* The one word (a 1-byte write's), built in a register: one 8-byte load, the bytes past
         * count masked off, when those eight bytes lie in one page (a page holds all of them or
         * none, so reading past the caller's bytes cannot fault); the load is an asm so that
         * neither the compiler nor a sanitizer takes it for a C access past the object. Else a
         * load of each piece. */
        const uint8_t *from = (const uint8_t *)bytes;
        uint64_t word = 0;
        if (((uintptr_t)from & 4095) <= 4096 - 8) {
            typedef uint64_t __attribute__((aligned(1), may_alias)) unaligned_word;
            __asm__("movq %1, %0" : "=r"(word) : "m"(*(const unaligned_word *)from));
            message->words[first] = word & ((UINT64_C(1) << (count * 8)) - 1);
            return;
        }
        if (count & 4) {
            uint32_t piece;
            __builtin_memcpy(&piece, from, 4);
            word = piece;
        }
        if (count & 2) {
            uint16_t piece;
            __builtin_memcpy(&piece, from + (count & 4), 2);
            word |= (uint64_t)piece << ((count & 4) * 8);
        }
        if (count & 1)
            word |= (uint64_t)from[count & 6] << ((count & 6) * 8);
        message->words[first] = word;
        return;
    }
    uint64_t words[A9N_MESSAGE_REGISTERS];
    koito_protocol_pack(words, bytes, count);
    for (unsigned k = first; k < A9N_MESSAGE_REGISTERS; k++)
        message->words[k] = words[k - first];
}

/* Unpack `count` bytes from words. */
static inline void koito_protocol_unpack(void *bytes, const uint64_t *words, uint64_t count)
{
    memcpy(bytes, words, (size_t)count);
}

/*
 * Call `service` with the request in words[0 .. exchange->length) (words is
 * the calling thread's IPC buffer) and wait for the reply, which replaces it:
 * exchange->length and exchange->capability describe the reply. Returns the
 * kernel's error of the call; A9N_ERROR_MESSAGE_TOO_LONG for a request longer
 * than A9N_IPC_MAX_LENGTH words.
 */
enum a9n_error koito_protocol_call(a9n_descriptor_t service, uint64_t *words,
                                   struct koito_protocol_exchange *exchange);

/*
 * Call `service` with a request of at most A9N_MESSAGE_REGISTERS words that
 * sends no capability: message->info gives its length (no flags),
 * message->words its words (those past the length are not sent). On return
 * message->info and message->words describe the reply, whose words past
 * A9N_MESSAGE_REGISTERS are in the IPC buffer; a capability in the reply is
 * not kept. Returns the kernel's error of the call.
 */
enum a9n_error koito_protocol_call_registers(a9n_descriptor_t service, struct a9n_message *message);

/* The register call the generated stubs use: a client library may name its own, with
 * koito_protocol_call_registers()'s contract, by defining this before including <koito/protocol.h>
 * (KOITO-libc does, to inline it into its calls). */
#ifndef KOITO_PROTOCOL_CALL_REGISTERS
#define KOITO_PROTOCOL_CALL_REGISTERS koito_protocol_call_registers
#endif

/* The words of a reply received by koito_protocol_call_registers(): the
 * message's own when the reply fits the registers; else the IPC buffer, where
 * the kernel put the words past them, with words 0..7 copied in first. */
static inline const uint64_t *koito_protocol_reply(const struct a9n_message *message)
{
    if (A9N_MESSAGE_LENGTH(message->info) <= A9N_MESSAGE_REGISTERS)
        return message->words;
    uint64_t *words = (uint64_t *)koito_ipc_buffer();
    memcpy(words, message->words, sizeof message->words);
    return words;
}

/* The name of a kernel error (A9N_OK, A9N_ERROR_...), "unknown" for other values. */
const char *koito_a9n_error_name(uint64_t error);

#endif
