/*
 * qsort() (libc, stdlib): introsort. Quicksort with a median-of-three pivot
 * does the bulk of the work; a partition deeper than 2 log2(n) levels (the
 * sign of an adversarial input, such as a "median-of-3 killer") switches to
 * heapsort, so the worst case is O(n log n) comparisons; runs of at most 16
 * elements finish with insertion sort. Recursion goes into the smaller part
 * only, so the stack depth stays O(log n). Not stable, as C allows.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef int (*compare_fn)(const void *, const void *);

#define INSERTION_MAX 16

static void swap(char *a, char *b, size_t size)
{
    if (a == b) {
        return;
    }
    while (size >= sizeof(uint64_t)) {
        uint64_t t;
        __builtin_memcpy(&t, a, sizeof t);
        __builtin_memcpy(a, b, sizeof t);
        __builtin_memcpy(b, &t, sizeof t);
        a += sizeof t;
        b += sizeof t;
        size -= sizeof t;
    }
    while (size-- > 0) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void insertion_sort(char *base, size_t count, size_t size, compare_fn compare)
{
    for (size_t i = 1; i < count; i++) {
        for (size_t j = i; j > 0 && compare(base + (j - 1) * size, base + j * size) > 0; j--) {
            swap(base + (j - 1) * size, base + j * size, size);
        }
    }
}

static void sift_down(char *base, size_t root, size_t count, size_t size, compare_fn compare)
{
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= count) {
            return;
        }
        if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0) {
            child++;
        }
        if (compare(base + root * size, base + child * size) >= 0) {
            return;
        }
        swap(base + root * size, base + child * size, size);
        root = child;
    }
}

static void heap_sort(char *base, size_t count, size_t size, compare_fn compare)
{
    for (size_t i = count / 2; i-- > 0;) {
        sift_down(base, i, count, size, compare);
    }
    for (size_t end = count; end-- > 1;) {
        swap(base, base + end * size, size);
        sift_down(base, 0, end, size, compare);
    }
}

/* Moves the median of the first, middle and last elements to the front. */
static void choose_pivot(char *base, size_t count, size_t size, compare_fn compare)
{
    char *a = base + size;
    char *b = base + (count / 2) * size;
    char *c = base + (count - 1) * size;
    char *median;
    if (compare(a, b) < 0) {
        median = compare(b, c) < 0 ? b : compare(a, c) < 0 ? c : a;
    } else {
        median = compare(a, c) < 0 ? a : compare(b, c) < 0 ? c : b;
    }
    swap(base, median, size);
}

/* Partitions around base[0] (Hoare); returns the pivot's final index.
 * Elements equal to the pivot stop both scans, so runs of equal keys split
 * evenly instead of going quadratic. */
static size_t partition(char *base, size_t count, size_t size, compare_fn compare)
{
    size_t i = 0;
    size_t j = count;
    for (;;) {
        do {
            i++;
        } while (i < count && compare(base + i * size, base) < 0);
        do {
            j--;
        } while (compare(base + j * size, base) > 0);
        if (i >= j) {
            break;
        }
        swap(base + i * size, base + j * size, size);
    }
    swap(base, base + j * size, size);
    return j;
}

static void intro_sort(char *base, size_t count, size_t size, compare_fn compare, unsigned depth)
{
    while (count > INSERTION_MAX) {
        if (depth-- == 0) {
            heap_sort(base, count, size, compare);
            return;
        }
        choose_pivot(base, count, size, compare);
        size_t pivot = partition(base, count, size, compare);
        size_t right = count - pivot - 1;
        if (pivot < right) {
            intro_sort(base, pivot, size, compare, depth);
            base += (pivot + 1) * size;
            count = right;
        } else {
            intro_sort(base + (pivot + 1) * size, right, size, compare, depth);
            count = pivot;
        }
    }
    insertion_sort(base, count, size, compare);
}

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *))
{
    if (count < 2 || size == 0) {
        return;
    }
    unsigned depth = 2 * (unsigned)(64 - __builtin_clzll(count));
    intro_sort(base, count, size, compare, depth);
}
