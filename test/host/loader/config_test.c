/*
 * Host unit tests of the UEFI loader's boot.cfg parser
 * (a9n/boot/uefi/config.c): the file the SDK's image tool writes, every
 * accepted variation (comments, blanks, CRLF, no final newline, BOM), every
 * error the parser reports with its line number, and the limits on lines and
 * values. Also the conversion of paths to UEFI's UCS-2 '\' form.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "check.h"
#include "config.h"

#include <stdlib.h>
#include <string.h>

static struct config parsed;

/* Parse a NUL-terminated text; the NUL is not part of the input. */
static enum config_error parse(const char *text, uint32_t *line)
{
    return config_parse(&parsed, text, strlen(text), line);
}

/* Parse `text` and expect `error` on line `line`. */
static void expect_error(const char *text, enum config_error error, uint32_t line)
{
    uint32_t got_line = 12345;
    CHECK_EQ(parse(text, &got_line), error);
    CHECK_EQ(got_line, line);
}

static void test_image_tool_file(void)
{
    uint32_t line = 99;
    CHECK_EQ(parse("kernel=/a9n/kernel.elf\n"
                   "root=/a9n/root.elf\n"
                   "initrd=/a9n/initrd.cpio\n"
                   "cmdline=console=serial verbose\n",
                   &line),
             CONFIG_OK);
    CHECK_EQ(line, 0);
    CHECK(strcmp(parsed.kernel, "/a9n/kernel.elf") == 0);
    CHECK(strcmp(parsed.root, "/a9n/root.elf") == 0);
    CHECK(strcmp(parsed.initrd, "/a9n/initrd.cpio") == 0);
    CHECK(strcmp(parsed.cmdline, "console=serial verbose") == 0);
    CHECK_EQ(parsed.cmdline_length, strlen("console=serial verbose"));
}

static void test_minimal_file(void)
{
    uint32_t line;
    CHECK_EQ(parse("root=/r\nkernel=/k\n", &line), CONFIG_OK);
    CHECK(strcmp(parsed.kernel, "/k") == 0);
    CHECK(strcmp(parsed.root, "/r") == 0);
    CHECK_EQ(parsed.initrd[0], '\0');
    CHECK_EQ(parsed.cmdline[0], '\0');
    CHECK_EQ(parsed.cmdline_length, 0);
}

static void test_layout_variations(void)
{
    uint32_t line;
    /* Comments (even with UTF-8 and leading blanks), blank lines, blanks around
     * keys and values, CRLF endings and no newline at the end. */
    CHECK_EQ(parse("# A9N boot configuration \xc3\xa9\r\n"
                   "\r\n"
                   "   \t\r\n"
                   "  # indented comment\r\n"
                   " kernel = /a9n/kernel.elf \r\n"
                   "root\t=\t/a9n/root.elf\r\n"
                   "cmdline=  a=b  c ",
                   &line),
             CONFIG_OK);
    CHECK(strcmp(parsed.kernel, "/a9n/kernel.elf") == 0);
    CHECK(strcmp(parsed.root, "/a9n/root.elf") == 0);
    CHECK(strcmp(parsed.cmdline, "a=b  c") == 0);
    CHECK_EQ(parsed.cmdline_length, 6);

    /* A UTF-8 byte-order mark before the first line. */
    CHECK_EQ(parse("\xef\xbb\xbfkernel=/k\nroot=/r", &line), CONFIG_OK);
    CHECK(strcmp(parsed.kernel, "/k") == 0);

    /* An empty cmdline is allowed; '=' inside values is kept. */
    CHECK_EQ(parse("kernel=/k\nroot=/r\ncmdline=\n", &line), CONFIG_OK);
    CHECK_EQ(parsed.cmdline_length, 0);
    CHECK_EQ(parse("kernel=/k\nroot=/r\ncmdline=x=1=2\n", &line), CONFIG_OK);
    CHECK(strcmp(parsed.cmdline, "x=1=2") == 0);
}

static void test_missing_keys(void)
{
    expect_error("", CONFIG_ERROR_MISSING_KERNEL, 0);
    expect_error("\n\n# only comments\n", CONFIG_ERROR_MISSING_KERNEL, 0);
    expect_error("root=/r\n", CONFIG_ERROR_MISSING_KERNEL, 0);
    expect_error("kernel=/k\n", CONFIG_ERROR_MISSING_ROOT, 0);
    expect_error("kernel=/k\ninitrd=/i\ncmdline=x\n", CONFIG_ERROR_MISSING_ROOT, 0);
    uint32_t line = 7;
    CHECK_EQ(config_parse(&parsed, NULL, 0, &line), CONFIG_ERROR_MISSING_KERNEL);
    CHECK_EQ(line, 0);
}

static void test_line_errors(void)
{
    expect_error("kernel=/k\nroot=/r\nno equals here\n", CONFIG_ERROR_NO_EQUALS, 3);
    expect_error("kernel=/k\nroot=/r\nmodule=/m\n", CONFIG_ERROR_UNKNOWN_KEY, 3);
    expect_error("Kernel=/k\n", CONFIG_ERROR_UNKNOWN_KEY, 1);
    expect_error("kernelx=/k\n", CONFIG_ERROR_UNKNOWN_KEY, 1);
    expect_error("kerne=/k\n", CONFIG_ERROR_UNKNOWN_KEY, 1);
    expect_error("=/k\n", CONFIG_ERROR_UNKNOWN_KEY, 1);
    expect_error("kernel=/k\n\nkernel=/k2\nroot=/r\n", CONFIG_ERROR_DUPLICATE_KEY, 3);
    expect_error("kernel=/k\nroot=/r\ncmdline=a\ncmdline=b\n", CONFIG_ERROR_DUPLICATE_KEY, 4);
    expect_error("kernel=/k\r\nroot=/r\r\nroot=/r\r\n", CONFIG_ERROR_DUPLICATE_KEY, 3);
    /* The first error wins, even before a missing key is noticed. */
    expect_error("bogus\nkernel=/k\n", CONFIG_ERROR_NO_EQUALS, 1);
}

static void test_bad_bytes(void)
{
    static const char nul_line[] = "kernel=/k\nroot=/r\0x\n";
    uint32_t line;
    CHECK_EQ(config_parse(&parsed, nul_line, sizeof(nul_line) - 1, &line),
             CONFIG_ERROR_CONTROL_BYTE);
    CHECK_EQ(line, 2);
    static const char nul_comment[] = "# a\0b\nkernel=/k\nroot=/r\n";
    CHECK_EQ(config_parse(&parsed, nul_comment, sizeof(nul_comment) - 1, &line),
             CONFIG_ERROR_CONTROL_BYTE);
    CHECK_EQ(line, 1);

    expect_error("kernel=/k\x01\nroot=/r\n", CONFIG_ERROR_CONTROL_BYTE, 1);
    expect_error("kernel=/k\nroot=/r\ncmdline=a\x1b[0m\n", CONFIG_ERROR_CONTROL_BYTE, 3);
    expect_error("kernel=/k\x7f\nroot=/r\n", CONFIG_ERROR_CONTROL_BYTE, 1);
    /* A CR is only accepted as part of CRLF. */
    expect_error("kernel=/k\rroot=/r\n", CONFIG_ERROR_CONTROL_BYTE, 1);
    expect_error("kernel=/k\nroot=/r\r", CONFIG_ERROR_CONTROL_BYTE, 2);
    expect_error("kernel=/k\nroot=/r\ncmdline=caf\xc3\xa9\n", CONFIG_ERROR_NON_ASCII, 3);
    expect_error("kernel=/\xe3\x81\x82\nroot=/r\n", CONFIG_ERROR_NON_ASCII, 1);
    /* A BOM anywhere but the start is content, and not ASCII. */
    expect_error("kernel=/k\n\xef\xbb\xbfroot=/r\n", CONFIG_ERROR_NON_ASCII, 2);
}

static void test_bad_paths(void)
{
    expect_error("kernel=a9n/kernel.elf\nroot=/r\n", CONFIG_ERROR_BAD_PATH, 1);
    expect_error("kernel=\nroot=/r\n", CONFIG_ERROR_BAD_PATH, 1);
    expect_error("kernel=/k\nroot=  \n", CONFIG_ERROR_BAD_PATH, 2);
    expect_error("kernel=/k\nroot=/r\ninitrd=\\a9n\\initrd.cpio\n", CONFIG_ERROR_BAD_PATH, 3);
    expect_error("kernel=/k\nroot=/a9n\\root.elf\n", CONFIG_ERROR_BAD_PATH, 2);
}

/* "<key>=" followed by `length` copies of `fill`, a newline, then `tail`. */
static char *long_line(const char *head, size_t length, char fill, const char *tail)
{
    size_t head_length = strlen(head);
    size_t tail_length = strlen(tail);
    char *text = malloc(head_length + length + 1 + tail_length + 1);
    memcpy(text, head, head_length);
    memset(text + head_length, fill, length);
    text[head_length + length] = '\n';
    memcpy(text + head_length + length + 1, tail, tail_length + 1);
    return text;
}

static void test_value_limits(void)
{
    uint32_t line;

    /* The longest path fits, NUL included; one more byte does not. */
    char *text = long_line("root=/r\nkernel=/", CONFIG_PATH_MAX - 2, 'k', "");
    CHECK_EQ(parse(text, &line), CONFIG_OK);
    CHECK_EQ(strlen(parsed.kernel), CONFIG_PATH_MAX - 1);
    free(text);
    text = long_line("root=/r\nkernel=/", CONFIG_PATH_MAX - 1, 'k', "");
    CHECK_EQ(parse(text, &line), CONFIG_ERROR_VALUE_TOO_LONG);
    CHECK_EQ(line, 2);
    free(text);
    text = long_line("kernel=/k\nroot=/r\ninitrd=/", CONFIG_PATH_MAX, 'i', "");
    CHECK_EQ(parse(text, &line), CONFIG_ERROR_VALUE_TOO_LONG);
    CHECK_EQ(line, 3);
    free(text);

    /* The command line may use every byte of A9N_BOOT_INFO_MAX_COMMAND_LINE but the NUL. */
    text = long_line("kernel=/k\nroot=/r\ncmdline=", A9N_BOOT_INFO_MAX_COMMAND_LINE - 1, 'c', "");
    CHECK_EQ(parse(text, &line), CONFIG_OK);
    CHECK_EQ(parsed.cmdline_length, A9N_BOOT_INFO_MAX_COMMAND_LINE - 1);
    CHECK_EQ(parsed.cmdline[A9N_BOOT_INFO_MAX_COMMAND_LINE - 1], '\0');
    free(text);
    text = long_line("kernel=/k\nroot=/r\ncmdline=", A9N_BOOT_INFO_MAX_COMMAND_LINE, 'c', "");
    CHECK_EQ(parse(text, &line), CONFIG_ERROR_VALUE_TOO_LONG);
    CHECK_EQ(line, 3);
    free(text);
}

static void test_line_limit(void)
{
    uint32_t line;

    /* A comment of exactly CONFIG_LINE_MAX bytes is fine, with LF or CRLF. */
    char *text = long_line("kernel=/k\nroot=/r\n#", CONFIG_LINE_MAX - 1, 'x', "");
    CHECK_EQ(parse(text, &line), CONFIG_OK);
    free(text);
    text = long_line("kernel=/k\nroot=/r\n#", CONFIG_LINE_MAX - 2, 'x', "");
    text[strlen(text) - 1] = '\r';
    text = realloc(text, strlen(text) + 2);
    strcat(text, "\n");
    CHECK_EQ(parse(text, &line), CONFIG_OK);
    free(text);

    /* One byte more, anywhere in the file, is an error on that line. */
    text = long_line("kernel=/k\nroot=/r\n#", CONFIG_LINE_MAX, 'x', "cmdline=a\n");
    CHECK_EQ(parse(text, &line), CONFIG_ERROR_LINE_TOO_LONG);
    CHECK_EQ(line, 3);
    free(text);
    text = long_line("#", CONFIG_LINE_MAX, ' ', "kernel=/k\nroot=/r\n");
    CHECK_EQ(parse(text, &line), CONFIG_ERROR_LINE_TOO_LONG);
    CHECK_EQ(line, 1);
    free(text);
}

/* Feed every prefix of a valid file: the parser must never read past its end. */
static void test_truncations(void)
{
    static const char file[] = "# A9N\r\nkernel=/a9n/kernel.elf\r\nroot=/a9n/root.elf\r\n"
                               "initrd=/a9n/initrd.cpio\r\ncmdline=quiet\r\n";
    size_t size = sizeof(file) - 1;
    unsigned ok = 0;
    for (size_t length = 0; length <= size; length++) {
        char *copy = malloc(length + 1);
        memcpy(copy, file, length);
        uint32_t line;
        enum config_error error = config_parse(&parsed, copy, length, &line);
        CHECK(error == CONFIG_OK || error == CONFIG_ERROR_MISSING_KERNEL ||
              error == CONFIG_ERROR_MISSING_ROOT || error == CONFIG_ERROR_BAD_PATH ||
              error == CONFIG_ERROR_NO_EQUALS || error == CONFIG_ERROR_UNKNOWN_KEY ||
              error == CONFIG_ERROR_CONTROL_BYTE);
        ok += error == CONFIG_OK;
        free(copy);
    }
    CHECK(ok > 0);
}

static void test_error_strings(void)
{
    for (int error = CONFIG_OK; error <= CONFIG_ERROR_MISSING_ROOT; error++) {
        const char *text = config_error_string((enum config_error)error);
        CHECK(text != NULL && text[0] != '\0');
        CHECK(strcmp(text, "unknown error") != 0);
    }
}

static void test_uefi_path(void)
{
    uint16_t out[32];
    CHECK(config_uefi_path("/a9n/kernel.elf", out, 32));
    static const char expected[] = "\\a9n\\kernel.elf";
    for (size_t i = 0; i < sizeof(expected); i++) {
        CHECK_EQ(out[i], (unsigned char)expected[i]);
    }

    /* Room for "/ab" and its NUL exactly, and not one unit less. */
    CHECK(config_uefi_path("/ab", out, 4));
    CHECK_EQ(out[3], 0);
    CHECK(!config_uefi_path("/ab", out, 3));
    CHECK(!config_uefi_path("", out, 0));
    CHECK(config_uefi_path("", out, 1));
    CHECK_EQ(out[0], 0);
}

int main(void)
{
    test_image_tool_file();
    test_minimal_file();
    test_layout_variations();
    test_missing_keys();
    test_line_errors();
    test_bad_bytes();
    test_bad_paths();
    test_value_limits();
    test_line_limit();
    test_truncations();
    test_error_strings();
    test_uefi_path();
    return check_summary();
}
