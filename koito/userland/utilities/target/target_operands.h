/*
 * The operands of a utility that acts from sources to a target (userland
 * utilities cp and mv; POSIX's two synopsis forms): "utility source target"
 * acts on the target itself, "utility source... directory" on the directory
 * joined with each source's last name.
 */
#ifndef KOITO_TARGET_OPERANDS_H
#define KOITO_TARGET_OPERANDS_H

/* Checks the `count` operands (at least two; more only if the last is a
 * directory), naming `program` in each message on standard error, then calls
 * act(source, destination) for each source in order. Returns 0 if every call
 * returned 0, else 1. */
int target_operands_each(const char *program, int count, char *const operands[],
                         int (*act)(const char *source, const char *destination));

#endif
