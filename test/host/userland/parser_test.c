/*
 * Unit tests of koito-sh's lexer and parser (host test, ASan + UBSan): the
 * tree built for each construct (printed in a compact form and compared),
 * where a command ends, which texts are incomplete (so the prompt asks for
 * more) and which are syntax errors, with their messages and lines.
 */
#include "check.h"
#include "parser.h"

#include <stdlib.h>
#include <string.h>

static char dumped[4096];

static void dump_append(const char *text)
{
    strncat(dumped, text, sizeof dumped - strlen(dumped) - 1);
}

/* The tree as text: commands as [A=1] word..., redirections as fd<kind>target,
 * then | between commands, && and || between pipelines, ; or & after each. */
static const char *dump(const struct command_list *list)
{
    static const char *const kinds[] = {"<", ">", ">>", ">&", "<&"};
    dumped[0] = '\0';
    for (size_t i = 0; i < list->count; i++) {
        const struct and_or *item = &list->items[i];
        for (size_t p = 0; p < item->count; p++) {
            if (p > 0)
                dump_append(item->operators[p - 1] == AND_OR_AND ? " && " : " || ");
            const struct pipeline *pipeline = &item->pipelines[p];
            for (size_t c = 0; c < pipeline->count; c++) {
                const struct command *command = &pipeline->commands[c];
                if (c > 0)
                    dump_append(" | ");
                const char *space = "";
                for (size_t a = 0; a < command->assignment_count; a++) {
                    dump_append(space);
                    dump_append("[");
                    dump_append(command->assignments[a]);
                    dump_append("]");
                    space = " ";
                }
                for (size_t w = 0; w < command->word_count; w++) {
                    dump_append(space);
                    dump_append(command->words[w]);
                    space = " ";
                }
                for (size_t r = 0; r < command->redirect_count; r++) {
                    char fd[16];
                    snprintf(fd, sizeof fd, "%s%d", space, command->redirects[r].fd);
                    dump_append(fd);
                    dump_append(kinds[command->redirects[r].kind]);
                    dump_append(command->redirects[r].target);
                    space = " ";
                }
            }
        }
        dump_append(item->background ? " &" : " ;");
        if (i + 1 < list->count)
            dump_append(" ");
    }
    return dumped;
}

static enum parse_status parse(const char *text, const char **tree, struct parse_error *error,
                               size_t *end)
{
    struct parse_input input = {text, strlen(text), 0, 1};
    struct command_list list;
    enum parse_status status = parser_parse(&input, &list, error);
    *tree = status == PARSE_OK ? dump(&list) : "";
    if (status == PARSE_OK)
        ast_free(&list);
    if (end)
        *end = input.position;
    return status;
}

static void expect_tree(const char *text, const char *want)
{
    const char *tree;
    struct parse_error error;
    enum parse_status status = parse(text, &tree, &error, NULL);
    CHECK_EQ(status, PARSE_OK);
    if (strcmp(tree, want) != 0)
        fprintf(stderr, "for <%s>: got <%s>, want <%s>\n", text, tree, want);
    CHECK(strcmp(tree, want) == 0);
}

static void expect_status(const char *text, enum parse_status want)
{
    const char *tree;
    struct parse_error error;
    CHECK_EQ(parse(text, &tree, &error, NULL), want);
}

static void expect_error(const char *text, const char *message, int line)
{
    const char *tree;
    struct parse_error error = {0};
    CHECK_EQ(parse(text, &tree, &error, NULL), PARSE_ERROR);
    if (strstr(error.message, message) == NULL)
        fprintf(stderr, "for <%s>: message <%s>, want <%s>\n", text, error.message, message);
    CHECK(strstr(error.message, message) != NULL);
    CHECK_EQ(error.line, line);
}

static void test_simple_commands(void)
{
    expect_tree("echo hello world\n", "echo hello world ;");
    expect_tree("  ls   -l  ", "ls -l ;");
    expect_tree("A=1 B=two cmd x=y\n", "[A=1] [B=two] cmd x=y ;");
    expect_tree("A=1\n", "[A=1] ;");
    expect_tree("1A=x\n", "1A=x ;");
    expect_tree("echo a # a comment\n", "echo a ;");
    expect_tree("echo a#b\n", "echo a#b ;");
    expect_tree("echo x\\\ny\n", "echo x\\\ny ;");
}

static void test_quoting(void)
{
    expect_tree("echo 'a b' \"c d\" e\\ f\n", "echo 'a b' \"c d\" e\\ f ;");
    expect_tree("echo 'a;b|c'\n", "echo 'a;b|c' ;");
    expect_tree("echo \"a\\\"b\" ';'\n", "echo \"a\\\"b\" ';' ;");
    expect_tree("echo ${HOME}x\n", "echo ${HOME}x ;");
    expect_tree("echo 'multi\nline'\n", "echo 'multi\nline' ;");
    expect_tree("echo $(a (b) c)x y\n", "echo $(a (b) c)x y ;");
    expect_tree("echo $((1 + 2))\n", "echo $((1 + 2)) ;");
}

static void test_operators(void)
{
    expect_tree("a | b | c\n", "a | b | c ;");
    expect_tree("a && b || c\n", "a && b || c ;");
    expect_tree("a; b & c\n", "a ; b & c ;");
    expect_tree("a &\n", "a &");
    expect_tree("a &&\n b\n", "a && b ;");
    expect_tree("a |\n\n b\n", "a | b ;");
    expect_tree("a;\n", "a ;");
}

static void test_redirections(void)
{
    expect_tree("cat <in >out\n", "cat 0<in 1>out ;");
    expect_tree("cmd >> log 2> err\n", "cmd 1>>log 2>err ;");
    expect_tree("cmd 2>&1 >&- 3<&0\n", "cmd 2>&1 1>&- 3<&0 ;");
    expect_tree(">file\n", "1>file ;");
    expect_tree("echo 12>x\n", "echo 12>x ;");
    expect_tree("echo a2>x\n", "echo a2 1>x ;");
}

static void test_one_command_at_a_time(void)
{
    const char *tree;
    struct parse_error error;
    size_t end;
    const char *text = "echo one\necho two\n";
    CHECK_EQ(parse(text, &tree, &error, &end), PARSE_OK);
    CHECK(strcmp(tree, "echo one ;") == 0);
    CHECK_EQ(end, strlen("echo one\n"));
    CHECK_EQ(parse("\n\n  # only a comment\n", &tree, &error, NULL), PARSE_END);
    CHECK_EQ(parse("", &tree, &error, NULL), PARSE_END);
}

static void test_incomplete(void)
{
    expect_status("echo 'open\n", PARSE_INCOMPLETE);
    expect_status("echo \"open\n", PARSE_INCOMPLETE);
    expect_status("echo a\\", PARSE_INCOMPLETE);
    expect_status("a &&\n", PARSE_INCOMPLETE);
    expect_status("a ||", PARSE_INCOMPLETE);
    expect_status("a |\n\n", PARSE_INCOMPLETE);
    expect_status("cat <", PARSE_INCOMPLETE);
    expect_status("echo ${unclosed", PARSE_INCOMPLETE);
    expect_status("echo $(unclosed", PARSE_INCOMPLETE);
}

static void test_syntax_errors(void)
{
    expect_error("| a\n", "unexpected \"|\"", 1);
    expect_error("a | | b\n", "unexpected \"|\"", 1);
    expect_error("a && ; b\n", "unexpected \";\"", 1);
    expect_error(";\n", "unexpected \";\"", 1);
    expect_error("a ;; b\n", "unexpected \";;\"", 1);
    expect_error("cat < > x\n", "unexpected \">\"", 1);
    expect_error("cat <\nx\n", "unexpected \"newline\"", 1);
    expect_error("echo (x)\n", "unexpected \"(\"", 1);
    expect_error("a <<EOF\n", "unexpected \"<<\"", 1);
    expect_error("cmd 2>&x\n", "not a descriptor number", 1);
    expect_error("if true; then echo; fi\n", "compound commands are not supported", 1);
    expect_error("echo 'a\nb' |\n&& c\n", "unexpected \"&&\"", 3);
}

int main(void)
{
    test_simple_commands();
    test_quoting();
    test_operators();
    test_redirections();
    test_one_command_at_a_time();
    test_incomplete();
    test_syntax_errors();
    return check_summary();
}
