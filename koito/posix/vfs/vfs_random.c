/*
 * Bytes for /dev/random and /dev/urandom (KOITO POSIX server, vfs core; see vfs.h).
 *
 * Every 64-bit word comes from the CPU's random number generator (RDSEED, else RDRAND:
 * vfs_random_hardware()) when it has one. Without one (QEMU's default CPU under TCG has
 * neither) the words come from xorshift128+, seeded once at start-up from the time-stamp
 * counter and the hardware when it answers: fast and well spread, but NOT cryptographically
 * secure, and predictable to whoever can guess the boot time. The manual says so.
 */
#include "vfs.h"

#include <string.h>

void vfs_random_seed(struct vfs *vfs)
{
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    uint64_t word = 0;
    if (vfs_random_hardware(&word))
        seed ^= word;
    seed ^= vfs_random_entropy();
    /* splitmix64 spreads the seed over both state words (never both zero). */
    for (int i = 0; i < 2; i++) {
        seed += 0x9e3779b97f4a7c15ull;
        uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        vfs->random_state[i] = (z ^ (z >> 31)) | (i == 0);
    }
}

static uint64_t random_word(struct vfs *vfs)
{
    uint64_t word;
    if (vfs_random_hardware(&word))
        return word;
    uint64_t s1 = vfs->random_state[0];
    const uint64_t s0 = vfs->random_state[1];
    vfs->random_state[0] = s0;
    s1 ^= s1 << 23;
    vfs->random_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    return vfs->random_state[1] + s0;
}

void vfs_random_fill(struct vfs *vfs, uint8_t *data, size_t length)
{
    while (length > 0) {
        uint64_t word = random_word(vfs);
        size_t chunk = length < sizeof word ? length : sizeof word;
        memcpy(data, &word, chunk);
        data += chunk;
        length -= chunk;
    }
}
