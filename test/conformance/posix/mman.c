/*
 * Conformance (POSIX <sys/mman.h>): anonymous MAP_PRIVATE and MAP_SHARED mappings (page
 * aligned, zero filled, writable, 4 MiB touched page by page), mprotect to read-only (reads go
 * on) and back, munmap, and their EINVAL cases; in spawned children whose death the parent
 * checks: a write to a read-only page and a read of an unmapped one end the child with SIGSEGV,
 * and a SIGSEGV handler that makes the page writable again lets the write go on.
 * MAP_ANONYMOUS is POSIX.1-2024's; glibc 2.36 shows it only with _DEFAULT_SOURCE, so the value
 * (Linux's and KOITO's) is given here for a -D_POSIX_C_SOURCE=200809L build.
 * Child modes: "readonly", "unmapped", "handled" (exits 0 when the handler fixed the fault).
 */
#include "check.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef MAP_ANONYMOUS
#define MAP_ANONYMOUS 0x20
#endif

extern char **environ;

static long page_size;

static void test_private_and_shared(void)
{
    const int kinds[2] = {MAP_PRIVATE, MAP_SHARED};
    for (int k = 0; k < 2; k++) {
        size_t length = 3 * (size_t)page_size;
        unsigned char *pages =
            mmap(NULL, length, PROT_READ | PROT_WRITE, kinds[k] | MAP_ANONYMOUS, -1, 0);
        CHECK(pages != MAP_FAILED);
        if (pages == MAP_FAILED)
            continue;
        CHECK_EQ((uintptr_t)pages % (uintptr_t)page_size, 0);
        size_t zeros = 0;
        for (size_t i = 0; i < length; i++)
            zeros += pages[i] == 0;
        CHECK_EQ(zeros, length);
        memset(pages, 0x5a, length);
        CHECK(pages[0] == 0x5a && pages[length - 1] == 0x5a);
        CHECK_EQ(mprotect(pages, (size_t)page_size, PROT_READ), 0);
        CHECK_EQ(pages[10], 0x5a); /* still readable */
        CHECK_EQ(mprotect(pages, (size_t)page_size, PROT_READ | PROT_WRITE), 0);
        pages[10] = 1;
        CHECK_EQ(pages[10], 1);
        CHECK_EQ(munmap(pages + page_size, (size_t)page_size), 0); /* a hole in the middle */
        pages[2 * page_size] = 2;                                  /* the rest is still there */
        CHECK_EQ(pages[2 * page_size], 2);
        CHECK_EQ(munmap(pages, length), 0);
    }
}

static void test_large(void)
{
    size_t length = 4u << 20;
    unsigned char *pages =
        mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(pages != MAP_FAILED);
    if (pages == MAP_FAILED)
        return;
    for (size_t offset = 0; offset < length; offset += (size_t)page_size)
        pages[offset] = (unsigned char)(offset / (size_t)page_size);
    size_t right = 0;
    for (size_t offset = 0; offset < length; offset += (size_t)page_size)
        right += pages[offset] == (unsigned char)(offset / (size_t)page_size);
    CHECK_EQ(right, length / (size_t)page_size);
    CHECK_EQ(munmap(pages, length), 0);
}

static void test_errors(void)
{
    errno = 0;
    CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK(mmap(NULL, (size_t)page_size, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
    CHECK_EQ(errno, EINVAL); /* neither private nor shared */
    unsigned char *pages =
        mmap(NULL, (size_t)page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(pages != MAP_FAILED);
    errno = 0;
    CHECK_EQ(munmap(pages + 1, (size_t)page_size), -1); /* not page aligned */
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(mprotect(pages + 1, (size_t)page_size, PROT_READ), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(munmap(pages, 0), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(munmap(pages, (size_t)page_size), 0);
}

static int run_child(const char *self, const char *mode)
{
    char *arguments[] = {(char *)self, (char *)mode, NULL};
    pid_t child = -1;
    CHECK_EQ(posix_spawn(&child, self, NULL, NULL, arguments, environ), 0);
    int status = -1;
    CHECK_EQ(waitpid(child, &status, 0), child);
    return status;
}

static void test_faults(const char *self)
{
    int status = run_child(self, "readonly");
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV);
    status = run_child(self, "unmapped");
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV);
    status = run_child(self, "handled");
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static unsigned char *volatile fault_page;
static volatile sig_atomic_t faults;
static volatile sig_atomic_t fault_address_right;

static void on_segv(int signal_number, siginfo_t *info, void *context)
{
    (void)signal_number;
    (void)context;
    faults++;
    fault_address_right = (unsigned char *)info->si_addr == fault_page + 5;
    mprotect(fault_page, (size_t)page_size, PROT_READ | PROT_WRITE);
}

static int child_mode(const char *mode)
{
    unsigned char *page =
        mmap(NULL, (size_t)page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        return 10;
    volatile unsigned char *target = page;
    /* The default action, explicitly: a sanitizer's runtime may have put a handler there. */
    signal(SIGSEGV, SIG_DFL);
    if (strcmp(mode, "readonly") == 0) {
        if (mprotect(page, (size_t)page_size, PROT_READ) != 0)
            return 11;
        target[5] = 1;
        return 12;
    }
    if (strcmp(mode, "unmapped") == 0) {
        if (munmap(page, (size_t)page_size) != 0)
            return 13;
        return target[5] == 0 ? 14 : 15;
    }
    fault_page = page;
    struct sigaction action = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO};
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGSEGV, &action, NULL) != 0 || mprotect(page, (size_t)page_size, PROT_READ))
        return 16;
    target[5] = 42; /* faults once; the handler makes it writable and the write runs again */
    if (faults != 1 || !fault_address_right || target[5] != 42)
        return 17;
    return 0;
}

int main(int argc, char **argv)
{
    page_size = sysconf(_SC_PAGESIZE);
    if (argc > 1)
        return child_mode(argv[1]);
    test_private_and_shared();
    test_large();
    test_errors();
    test_faults(argv[0]);
    return check_summary();
}
