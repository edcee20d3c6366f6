/*
 * test, [: evaluates a conditional expression (userland utility; POSIX).
 * File tests -e -f -d -r -w -x -s -L -h -p -c -b -S; string tests -z -n
 * = != and the bare string; integers -eq -ne -lt -le -gt -ge; ! negates,
 * -a and -o join (with -a binding tighter), ( ) group. With one to four
 * arguments the POSIX rules by count decide, so "test -n" and "test !" mean
 * what POSIX says. Exit status 0 true, 1 false, 2 an error. Called as "[",
 * the last argument must be "]".
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **arguments;
static int count, position;
static bool failed;

static void test_error(const char *message, const char *detail)
{
    if (!failed)
        fprintf(stderr, "test: %s%s\n", message, detail ? detail : "");
    failed = true;
}

static bool test_is_unary(const char *op)
{
    return op[0] == '-' && op[1] && !op[2] && strchr("efdrwxsLhpcbSzn", op[1]);
}

static bool test_is_binary(const char *op)
{
    static const char *const binary[] = {"=", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"};
    for (size_t i = 0; i < sizeof binary / sizeof binary[0]; i++)
        if (strcmp(op, binary[i]) == 0)
            return true;
    return false;
}

static long long test_integer(const char *text)
{
    char *end;
    errno = 0;
    while (*text == ' ' || *text == '\t')
        text++;
    long long value = strtoll(text, &end, 10);
    while (*end == ' ' || *end == '\t')
        end++;
    if (end == text || *end != '\0' || errno != 0)
        test_error("integer expression expected: ", text);
    return value;
}

static bool test_unary(char op, const char *operand)
{
    struct stat status;
    switch (op) {
    case 'z':
        return operand[0] == '\0';
    case 'n':
        return operand[0] != '\0';
    case 'r':
        return access(operand, R_OK) == 0;
    case 'w':
        return access(operand, W_OK) == 0;
    case 'x':
        return access(operand, X_OK) == 0;
    case 'L':
    case 'h':
        return lstat(operand, &status) == 0 && S_ISLNK(status.st_mode);
    default:
        break;
    }
    if (stat(operand, &status) != 0)
        return false;
    switch (op) {
    case 'e':
        return true;
    case 'f':
        return S_ISREG(status.st_mode);
    case 'd':
        return S_ISDIR(status.st_mode);
    case 's':
        return status.st_size > 0;
    case 'p':
        return S_ISFIFO(status.st_mode);
    case 'c':
        return S_ISCHR(status.st_mode);
    case 'b':
        return S_ISBLK(status.st_mode);
    default:
        return S_ISSOCK(status.st_mode);
    }
}

static bool test_binary(const char *left, const char *op, const char *right)
{
    if (strcmp(op, "=") == 0)
        return strcmp(left, right) == 0;
    if (strcmp(op, "!=") == 0)
        return strcmp(left, right) != 0;
    long long a = test_integer(left), b = test_integer(right);
    if (strcmp(op, "-eq") == 0)
        return a == b;
    if (strcmp(op, "-ne") == 0)
        return a != b;
    if (strcmp(op, "-lt") == 0)
        return a < b;
    if (strcmp(op, "-le") == 0)
        return a <= b;
    if (strcmp(op, "-gt") == 0)
        return a > b;
    return a >= b;
}

static bool test_or(void);

/* primary: ( or ) ! primary, unary operator, binary comparison, string. */
static bool test_primary(void)
{
    if (position >= count) {
        test_error("argument expected", NULL);
        return false;
    }
    const char *token = arguments[position];
    if (strcmp(token, "!") == 0) {
        position++;
        return !test_primary();
    }
    if (strcmp(token, "(") == 0) {
        position++;
        bool value = test_or();
        if (position >= count || strcmp(arguments[position], ")") != 0)
            test_error("')' expected", NULL);
        position++;
        return value;
    }
    if (position + 2 < count && test_is_binary(arguments[position + 1])) {
        position += 3;
        return test_binary(token, arguments[position - 2], arguments[position - 1]);
    }
    if (test_is_unary(token) && position + 1 < count) {
        position += 2;
        return test_unary(token[1], arguments[position - 1]);
    }
    position++;
    return token[0] != '\0';
}

static bool test_and(void)
{
    bool value = test_primary();
    while (position < count && strcmp(arguments[position], "-a") == 0) {
        position++;
        value = test_primary() && value;
    }
    return value;
}

static bool test_or(void)
{
    bool value = test_and();
    while (position < count && strcmp(arguments[position], "-o") == 0) {
        position++;
        value = test_and() || value;
    }
    return value;
}

/* POSIX's rules for one to four arguments (XCU test, "Application Usage"). */
static bool test_evaluate(void)
{
    if (count == 0)
        return false;
    if (count == 1)
        return arguments[0][0] != '\0';
    if (count == 2 && strcmp(arguments[0], "!") == 0)
        return arguments[1][0] == '\0';
    if (count == 3 && test_is_binary(arguments[1]))
        return test_binary(arguments[0], arguments[1], arguments[2]);
    if (count == 3 && strcmp(arguments[0], "!") == 0) {
        arguments++;
        count--;
        return !test_evaluate();
    }
    if (count == 3 && strcmp(arguments[0], "(") == 0 && strcmp(arguments[2], ")") == 0)
        return arguments[1][0] != '\0';
    if (count == 4 && strcmp(arguments[0], "!") == 0) {
        arguments++;
        count--;
        return !test_evaluate();
    }
    bool value = test_or();
    if (position < count)
        test_error("unexpected argument: ", arguments[position]);
    return value;
}

int main(int argc, char **argv)
{
    const char *name = strrchr(argv[0], '/');
    name = name ? name + 1 : argv[0];
    arguments = argv + 1;
    count = argc - 1;
    if (strcmp(name, "[") == 0) {
        if (count == 0 || strcmp(arguments[count - 1], "]") != 0) {
            fputs("[: missing ']'\n", stderr);
            return 2;
        }
        count--;
    }
    bool value = test_evaluate();
    return failed ? 2 : (value ? 0 : 1);
}
