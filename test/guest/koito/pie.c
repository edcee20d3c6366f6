/*
 * A position-independent program of the KOITO system suite (linked with koito-cc -pie, its
 * objects compiled with -fPIE). KOITO init loads it at the base the configuration chose, which
 * its first argument repeats; it checks that it runs there and that what its loader relocated is
 * right: function and string pointers in initialised data, constructors, thread-local storage,
 * libc's own tables (printf's stream). Exit status: 0, or which check failed.
 */
#include <koito/process.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINK_ADDRESS 0x400000u /* the SDK's linker scripts link every program here */

static int twice(int x)
{
    return 2 * x;
}

static int thrice(int x)
{
    return 3 * x;
}

static int (*const operations[])(int) = {twice, thrice};
static const char *const words[] = {"relocated", "pointers"};
static const char *constructed;
static _Thread_local int counter = 5;

__attribute__((constructor)) static void construct(void)
{
    constructed = words[1];
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 1;
    uint64_t base = koito_aux_value(KOITO_AUX_LOAD_BASE, 0);
    if (base == 0 || base != strtoull(argv[1], NULL, 16))
        return 2;
    uintptr_t code = (uintptr_t)&main;
    if (code < base + LINK_ADDRESS || code >= base + LINK_ADDRESS + 0x100000)
        return 3;
    if (koito_aux_value(KOITO_AUX_ENTRY, 0) < base + LINK_ADDRESS)
        return 4;
    if (operations[0](7) != 14 || operations[1](7) != 21)
        return 5;
    if (strcmp(words[0], "relocated") != 0 || constructed != words[1])
        return 6;
    if (counter++ != 5 || counter != 6)
        return 7;
    printf("pie: loaded at base %#llx, main at %#llx, %s %s\n", (unsigned long long)base,
           (unsigned long long)code, words[0], constructed);
    return 0;
}
