/*
 * kill: sends a signal to processes (userland utility; POSIX). The signal
 * is SIGTERM unless given as -s NAME, -NAME or -NUMBER (NAME with or without
 * "SIG"); kill -l lists the names, kill -l STATUS names the signal that an
 * exit status of 128 + n (or n) stands for.
 *
 * The work is a function, not only a program, because koito-sh's `kill`
 * builtin runs it inside the shell: KOITO's POSIX server lets a process
 * signal only itself and its descendants, and a shell's jobs are its
 * children, not a kill program's siblings.
 */
#ifndef KOITO_KILL_COMMAND_H
#define KOITO_KILL_COMMAND_H

/* Runs `kill` with argv[1..argc-1]; its exit status (0, or 1 after a
 * message on standard error). */
int kill_command(int argc, char **argv);

#endif
