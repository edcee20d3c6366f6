/*
 * What the owner and the reader of examples/shared-memory agree on: the size of the shared object
 * and the note's text, and how the reader proves it read the note (a checksum over it).
 */
#ifndef SHARED_MEMORY_NOTE_H
#define SHARED_MEMORY_NOTE_H

#include <stdint.h>

#define NOTE_PAGE 4096u
#define NOTE_TEXT "a note from the owner, in memory both processes map"

static inline uint64_t note_checksum(const char *text, uint64_t length)
{
    uint64_t sum = 0;
    for (uint64_t i = 0; i < length; i++)
        sum = sum * 31 + (unsigned char)text[i];
    return sum;
}

#endif
