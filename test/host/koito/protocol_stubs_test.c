/*
 * Host unit tests of the client side of KOITO's server protocols: the
 * generated stubs (<koito/protocol/names.h>, <koito/protocol/console.h>,
 * <koito/protocol/posix.h>)
 * and libkoito's wrappers (koito/lib/names.c, console.c), against a fake
 * koito_protocol_call() that records each request and answers with a
 * scripted reply, and a fake koito_protocol_call_registers() that passes its
 * message through the same fake (the stubs' register path). They check how
 * requests are encoded, which path a request takes, and that a stub accepts
 * only the replies its protocol defines, writing no result otherwise, and
 * how bytes are packed into words (koito_protocol_pack).
 */
#include <check.h>
#include <koito/console.h>
#include <koito/names.h>
#include <koito/protocol/posix.h>
#include <string.h>

static uint64_t buffer[512];

/* What the fake server saw and will answer. */
static struct {
    unsigned calls;
    unsigned registers; /* of calls, those that took the register path */
    a9n_descriptor_t service;
    uint64_t request[512];
    struct koito_protocol_exchange sent;
    enum a9n_error kernel; /* the kernel's result of the call */
    uint64_t reply[512];   /* the reply's words */
    uint64_t reply_length; /* its length */
    bool reply_capability; /* a capability came with it */
    unsigned fail_after;   /* calls answered before kernel takes effect (0: at once) */
} fake;

void *koito_ipc_buffer(void)
{
    return buffer;
}

enum a9n_error koito_protocol_call(a9n_descriptor_t service, uint64_t *words,
                                   struct koito_protocol_exchange *exchange)
{
    CHECK(words == buffer);
    fake.calls++;
    fake.service = service;
    fake.sent = *exchange;
    memcpy(fake.request, words, sizeof fake.request);
    if (fake.kernel != A9N_OK && fake.calls > fake.fail_after)
        return fake.kernel;
    memcpy(words, fake.reply, sizeof fake.reply);
    exchange->length = fake.reply_length;
    exchange->capability = fake.reply_capability;
    return A9N_OK;
}

/* The register path, as the kernel runs it: the request's words come from the message, the
 * reply's first A9N_MESSAGE_REGISTERS words go back into it and the rest into the IPC buffer. */
enum a9n_error koito_protocol_call_registers(a9n_descriptor_t service, struct a9n_message *message)
{
    uint64_t length = A9N_MESSAGE_LENGTH(message->info);
    CHECK(length <= A9N_MESSAGE_REGISTERS);
    CHECK((message->info & ~A9N_MESSAGE_INFO(0xffff, 0)) == 0);
    fake.registers++;
    memset(buffer, 0xa5, sizeof buffer);
    memcpy(buffer, message->words, length * sizeof(uint64_t));
    struct koito_protocol_exchange exchange = koito_protocol_exchange(length);
    enum a9n_error error = koito_protocol_call(service, buffer, &exchange);
    if (error != A9N_OK)
        return error;
    memcpy(message->words, buffer, sizeof message->words);
    memset(buffer, 0xa5, sizeof message->words); /* words 0..7 arrive only in the message */
    message->info =
        A9N_MESSAGE_INFO(exchange.length, exchange.capability ? A9N_MESSAGE_CAPABILITY : 0);
    return A9N_OK;
}

static void answer(uint64_t length, bool capability)
{
    memset(&fake, 0, sizeof fake);
    fake.reply_length = length;
    fake.reply_capability = capability;
}

static void test_register_encoding(void)
{
    answer(1, false);
    CHECK_EQ(koito_name_register(7, "console", 9), KOITO_NAMES_OK);
    CHECK_EQ(fake.calls, 1);
    CHECK_EQ(fake.service, 7);
    CHECK_EQ(fake.request[0], KOITO_NAMES_REGISTER_NAME);
    CHECK_EQ(fake.request[1], 7);
    CHECK(memcmp(&fake.request[2], "console", 7) == 0);
    CHECK_EQ(fake.request[2] >> 56, 0); /* padding is zero */
    CHECK_EQ(fake.sent.length, 3);
    CHECK_EQ(fake.sent.transfer, 9);
    CHECK_EQ(fake.sent.receive, A9N_DESCRIPTOR_INVALID);
    /* Too long a name is refused before anything is sent. */
    answer(1, false);
    char name[KOITO_NAMES_NAME_MAX + 2];
    memset(name, 'a', sizeof name - 1);
    name[sizeof name - 1] = 0;
    CHECK_EQ(koito_name_register(7, name, 9), KOITO_NAMES_ERROR_INVALID_NAME);
    CHECK_EQ(koito_names_register_name(7, name, KOITO_NAMES_NAME_MAX + 1, 9),
             KOITO_NAMES_ERROR_MALFORMED_REQUEST);
    CHECK_EQ(fake.calls, 0);
    /* The longest name fits: 48 bytes in 6 words. */
    answer(1, false);
    CHECK_EQ(koito_names_register_name(7, name, KOITO_NAMES_NAME_MAX, 9), KOITO_NAMES_OK);
    CHECK_EQ(fake.sent.length, 2 + 6);
}

static void test_lookup_replies(void)
{
    /* Success needs the capability. */
    answer(1, true);
    CHECK_EQ(koito_name_lookup(3, "x", 11), KOITO_NAMES_OK);
    CHECK_EQ(fake.sent.receive, 11);
    CHECK_EQ(fake.sent.transfer, A9N_DESCRIPTOR_INVALID);
    answer(1, false);
    CHECK_EQ(koito_name_lookup(3, "x", 11), KOITO_NAMES_ERROR_MALFORMED_REPLY);
    answer(2, true);
    CHECK_EQ(koito_name_lookup(3, "x", 11), KOITO_NAMES_ERROR_MALFORMED_REPLY);
    answer(0, true);
    CHECK_EQ(koito_name_lookup(3, "x", 11), KOITO_NAMES_ERROR_MALFORMED_REPLY);
    /* The server's error and the kernel's come back as they are. */
    answer(1, false);
    fake.reply[0] = KOITO_NAMES_ERROR_UNKNOWN_NAME;
    CHECK_EQ(koito_name_lookup(3, "x", 11), KOITO_NAMES_ERROR_UNKNOWN_NAME);
    answer(1, false);
    fake.kernel = A9N_ERROR_EMPTY_SLOT;
    CHECK_EQ(koito_name_lookup(3, "x", 11), (enum koito_names_error)A9N_ERROR_EMPTY_SLOT);
    CHECK(strcmp(koito_names_error_name((enum koito_names_error)A9N_ERROR_EMPTY_SLOT),
                 "A9N_ERROR_EMPTY_SLOT") == 0);
    CHECK(strcmp(koito_names_error_name(KOITO_NAMES_ERROR_TABLE_FULL),
                 "KOITO_NAMES_ERROR_TABLE_FULL") == 0);
    CHECK(strcmp(koito_names_error_name((enum koito_names_error)999), "unknown") == 0);
}

static void test_read_line_replies(void)
{
    uint8_t data[16];
    uint64_t length = 77;
    /* A good reply: 5 bytes. */
    answer(3, false);
    fake.reply[1] = 5;
    memcpy(&fake.reply[2], "hello", 5);
    CHECK_EQ(koito_console_read_line(4, 16, data, sizeof data, &length), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.request[0], KOITO_CONSOLE_READ_LINE);
    CHECK_EQ(fake.request[1], 16);
    CHECK_EQ(length, 5);
    CHECK(memcmp(data, "hello", 5) == 0);
    /* Replies that break the protocol write nothing. */
    memset(data, '-', sizeof data);
    length = 77;
    answer(4, false); /* one word too many for 5 bytes */
    fake.reply[1] = 5;
    CHECK_EQ(koito_console_read_line(4, 16, data, sizeof data, &length),
             KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    answer(5, false); /* more than the caller's buffer */
    fake.reply[1] = 17;
    CHECK_EQ(koito_console_read_line(4, 16, data, sizeof data, &length),
             KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    answer(2 + 33, false); /* more than the protocol's maximum, past the registers */
    fake.reply[1] = KOITO_CONSOLE_LINE_MAX + 1;
    uint8_t big[KOITO_CONSOLE_LINE_MAX + 8];
    CHECK_EQ(koito_console_read_line(4, 16, big, sizeof big, &length),
             KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    answer(1, false); /* no length word */
    CHECK_EQ(koito_console_read_line(4, 16, data, sizeof data, &length),
             KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    answer(2, true); /* a capability it does not expect */
    CHECK_EQ(koito_console_read_line(4, 16, data, sizeof data, &length),
             KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    CHECK_EQ(length, 77);
    CHECK_EQ(data[0], '-');
    /* End of input: 0 bytes. */
    answer(2, false);
    CHECK_EQ(koito_console_read_line(4, 16, data, sizeof data, &length), KOITO_CONSOLE_OK);
    CHECK_EQ(length, 0);
}

static void test_write_all(void)
{
    static char text[3000];
    memset(text, 'w', sizeof text);
    size_t written = 0;
    answer(1, false);
    CHECK_EQ(koito_console_write_all(5, text, sizeof text, &written), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.calls, 3);
    CHECK_EQ(written, sizeof text);
    /* The last request carried the rest: 3000 - 2 * 1024 = 952 bytes. */
    CHECK_EQ(fake.request[1], 952);
    CHECK_EQ(fake.sent.length, 2 + 119);
    /* An error stops it, and says how much went. */
    answer(1, false);
    fake.kernel = A9N_ERROR_INSUFFICIENT_RIGHTS;
    fake.fail_after = 1;
    CHECK_EQ(koito_console_write_all(5, text, sizeof text, &written),
             (enum koito_console_error)A9N_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(fake.calls, 2);
    CHECK_EQ(written, KOITO_CONSOLE_WRITE_MAX);
    answer(1, false);
    CHECK_EQ(koito_console_write_all(5, text, 0, NULL), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.calls, 0);
}

/* A request that fits the message registers and carries no capability takes the register path,
 * encoded as through the buffer; a longer one goes through the IPC buffer; the reply is checked
 * the same either way. */
static void test_register_path(void)
{
    size_t written = 0;
    answer(1, false);
    CHECK_EQ(koito_console_write_all(5, "hello", 5, &written), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.calls, 1);
    CHECK_EQ(fake.registers, 1);
    CHECK_EQ(fake.sent.length, 3);
    CHECK_EQ(fake.request[0], KOITO_CONSOLE_WRITE);
    CHECK_EQ(fake.request[1], 5);
    CHECK(memcmp(&fake.request[2], "hello", 5) == 0);
    CHECK_EQ(fake.request[2] >> 40, 0); /* padding is zero */
    CHECK_EQ(written, 5);
    /* 48 bytes are the most that fit (2 + 6 words); 49 take the buffer. */
    static char text[49];
    memset(text, 'r', sizeof text);
    answer(1, false);
    CHECK_EQ(koito_console_write_all(5, text, 48, &written), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.registers, 1);
    CHECK_EQ(fake.sent.length, 8);
    CHECK(memcmp(&fake.request[2], text, 48) == 0);
    answer(1, false);
    CHECK_EQ(koito_console_write_all(5, text, 49, &written), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.calls, 1);
    CHECK_EQ(fake.registers, 0);
    CHECK_EQ(fake.sent.length, 9);
    /* A reply with a capability, or too long, is refused on the register path as well. */
    answer(1, true);
    CHECK_EQ(koito_console_write_all(5, "x", 1, &written), KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    CHECK_EQ(fake.registers, 1);
    answer(2, false);
    CHECK_EQ(koito_console_write_all(5, "x", 1, &written), KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
    CHECK_EQ(fake.registers, 1);
    /* A request with a capability never takes it. */
    answer(1, false);
    CHECK_EQ(koito_name_register(7, "console", 9), KOITO_NAMES_OK);
    CHECK_EQ(fake.registers, 0);
}

static void test_attributes(void)
{
    uint64_t attributes = 0;
    answer(2, false);
    fake.reply[1] = KOITO_CONSOLE_ATTRIBUTE_TERMINAL;
    CHECK_EQ(koito_console_get_attributes(6, &attributes), KOITO_CONSOLE_OK);
    CHECK_EQ(fake.registers, 1);
    CHECK_EQ(attributes, KOITO_CONSOLE_ATTRIBUTE_TERMINAL);
    CHECK_EQ(koito_console_get_attributes(6, NULL), KOITO_CONSOLE_OK);
    answer(1, false);
    CHECK_EQ(koito_console_get_attributes(6, &attributes), KOITO_CONSOLE_ERROR_MALFORMED_REPLY);
}

/* A reply longer than the message registers (stat's and fstat's 15 words) is read whole on the
 * register path, its words past the registers from the IPC buffer; a request longer than the
 * registers (stat of a long path) takes the buffer path and reads the same reply. */
static uint64_t stat_words[14];

static enum koito_posix_error call_fstat(void)
{
    uint64_t *w = stat_words;
    return koito_posix_fstat(8, 3, &w[0], &w[1], &w[2], &w[3], &w[4], &w[5], &w[6], &w[7], &w[8],
                             &w[9], &w[10], &w[11], &w[12], &w[13]);
}

static enum koito_posix_error call_stat(const char *path)
{
    uint64_t *w = stat_words;
    return koito_posix_stat(8, 1, path, strlen(path), &w[0], &w[1], &w[2], &w[3], &w[4], &w[5],
                            &w[6], &w[7], &w[8], &w[9], &w[10], &w[11], &w[12], &w[13]);
}

static void answer_stat(uint64_t length)
{
    answer(length, false);
    fake.reply[0] = KOITO_POSIX_OK;
    for (uint64_t i = 1; i < length; i++)
        fake.reply[i] = 1000 + i;
    memset(stat_words, 0, sizeof stat_words);
}

static void check_stat_words(void)
{
    for (unsigned i = 0; i < 14; i++)
        CHECK_EQ(stat_words[i], 1001 + i);
}

static void test_long_replies(void)
{
    answer_stat(15);
    CHECK_EQ(call_fstat(), KOITO_POSIX_OK);
    CHECK_EQ(fake.registers, 1);
    CHECK_EQ(fake.sent.length, 2);
    CHECK_EQ(fake.request[0], KOITO_POSIX_FSTAT);
    CHECK_EQ(fake.request[1], 3);
    check_stat_words();
    /* A path of 40 bytes fits the registers (3 + 5 words), one of 41 does not. */
    static const char fits[] = "/tmp/forty-bytes-of-path-0123456789abcde";
    static const char longer[] = "/tmp/forty-one-bytes-of-path-0123456789ab";
    CHECK_EQ(sizeof fits - 1, 40);
    CHECK_EQ(sizeof longer - 1, 41);
    answer_stat(15);
    CHECK_EQ(call_stat(fits), KOITO_POSIX_OK);
    CHECK_EQ(fake.registers, 1);
    CHECK_EQ(fake.sent.length, 8);
    CHECK(memcmp(&fake.request[3], fits, 40) == 0);
    check_stat_words();
    answer_stat(15);
    CHECK_EQ(call_stat(longer), KOITO_POSIX_OK);
    CHECK_EQ(fake.calls, 1);
    CHECK_EQ(fake.registers, 0);
    CHECK_EQ(fake.sent.length, 9);
    CHECK_EQ(fake.request[2], 41);
    CHECK(memcmp(&fake.request[3], longer, 41) == 0);
    check_stat_words();
    /* A reply one word short or long, or with a capability, writes nothing on either path. */
    answer_stat(14);
    CHECK_EQ(call_fstat(), KOITO_POSIX_ERROR_MALFORMED_REPLY);
    CHECK_EQ(stat_words[0], 0);
    answer_stat(16);
    CHECK_EQ(call_stat(fits), KOITO_POSIX_ERROR_MALFORMED_REPLY);
    CHECK_EQ(stat_words[0], 0);
    answer_stat(15);
    fake.reply_capability = true;
    CHECK_EQ(call_stat(longer), KOITO_POSIX_ERROR_MALFORMED_REPLY);
    CHECK_EQ(stat_words[0], 0);
    /* An error reply is one word. */
    answer(1, false);
    fake.reply[0] = KOITO_POSIX_ERROR_ENOENT;
    CHECK_EQ(call_stat(fits), KOITO_POSIX_ERROR_ENOENT);
}

/* Packing: every count from 0 to 17 bytes (those under eight copied piece by piece, the rest by
 * memcpy) puts the bytes first, zeroes the rest of the last word and touches no word after it. */
static void test_pack(void)
{
    uint8_t bytes[17];
    for (unsigned i = 0; i < sizeof bytes; i++)
        bytes[i] = (uint8_t)(0xa0 + i);
    for (uint64_t count = 0; count <= sizeof bytes; count++) {
        uint64_t words[4];
        memset(words, 0xee, sizeof words);
        koito_protocol_pack(words, bytes, count);
        const uint8_t *packed = (const uint8_t *)words;
        uint64_t used = koito_protocol_data_words(count) * 8;
        for (uint64_t i = 0; i < count; i++)
            CHECK_EQ(packed[i], bytes[i]);
        for (uint64_t i = count; i < used; i++)
            CHECK_EQ(packed[i], 0);
        for (uint64_t i = used; i < sizeof words; i++)
            CHECK_EQ(packed[i], 0xee);
    }
}

int main(void)
{
    test_pack();
    test_register_encoding();
    test_lookup_replies();
    test_read_line_replies();
    test_write_all();
    test_register_path();
    test_attributes();
    test_long_replies();
    return check_summary();
}
