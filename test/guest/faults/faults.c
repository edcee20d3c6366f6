/*
 * The faults suite (test/guest/faults): handlers for the signals of faults (SIGSEGV, SIGILL,
 * SIGFPE) run on the faulting main thread, and the faulting instruction runs again after them.
 * The suite is the init program of faults.conf and handles its own faults; what must end a
 * process runs in /bin/fault-child (fault_child.c), whose end the suite checks with waitpid.
 */
#include <guest_test.h>

#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHILD     "/bin/fault-child"
#define PAGE_SIZE 4096

/* Instructions that fault, each at a label the handler's si_addr is checked against. */
extern const char fault_ud2_at[], fault_divide_at[];
void fault_ud2(void);
void fault_divide(void);
__asm__(".text\n"
        ".globl fault_ud2, fault_ud2_at\n"
        "fault_ud2:\n"
        "fault_ud2_at: ud2\n"
        "    ret\n"
        ".globl fault_divide, fault_divide_at\n"
        "fault_divide:\n"
        "    xor %ecx, %ecx\n"
        "    mov $1, %eax\n"
        "    cltd\n"
        "fault_divide_at: idivl %ecx\n"
        "    ret\n");

static volatile sig_atomic_t handled;
static siginfo_t handled_info;
static sigset_t handler_mask;
static sigjmp_buf back;
static jmp_buf plain_back;
static char *page;        /* the page the SIGSEGV handlers fix */
static int fix_on_second; /* the handler fixes the page only when it runs the second time */

static void reset(void)
{
    handled = 0;
    memset(&handled_info, 0, sizeof handled_info);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

static void install(int number, void (*handler)(int, siginfo_t *, void *), int flags)
{
    struct sigaction action = {.sa_sigaction = handler, .sa_flags = SA_SIGINFO | flags};
    sigemptyset(&action.sa_mask);
    GUEST_CHECK_EQ(sigaction(number, &action, NULL), 0);
}

static void note(int number, siginfo_t *info)
{
    (void)number;
    handled++;
    handled_info = *info;
    sigprocmask(SIG_BLOCK, NULL, &handler_mask);
}

static int blocked(int number)
{
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    return sigismember(&now, number);
}

/* Maps the page back where it was (after an unmap). */
static void map_page_back(int number, siginfo_t *info, void *context)
{
    (void)context;
    note(number, info);
    if (fix_on_second && handled < 2)
        return;
    mmap(page, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
}

/* Makes the page writable (after mprotect to read-only). */
static void unprotect_page(int number, siginfo_t *info, void *context)
{
    (void)context;
    note(number, info);
    mprotect(page, PAGE_SIZE, PROT_READ | PROT_WRITE);
}

static void jump_back(int number, siginfo_t *info, void *context)
{
    (void)context;
    note(number, info);
    siglongjmp(back, number);
}

static void jump_back_plain(int number, siginfo_t *info, void *context)
{
    (void)context;
    note(number, info);
    longjmp(plain_back, number);
}

static char *fresh_page(void)
{
    char *p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    GUEST_CHECK(p != MAP_FAILED);
    return p;
}

static void test_segv_unmapped_fixed_by_mmap(void)
{
    reset();
    page = fresh_page();
    GUEST_CHECK_EQ(munmap(page, PAGE_SIZE), 0);
    install(SIGSEGV, map_page_back, 0);
    ((volatile char *)page)[100] = 42;
    GUEST_CHECK_EQ(handled, 1);
    GUEST_CHECK_EQ(handled_info.si_signo, SIGSEGV);
    GUEST_CHECK_EQ(handled_info.si_code, SEGV_MAPERR);
    GUEST_CHECK(handled_info.si_addr == page + 100);
    GUEST_CHECK(sigismember(&handler_mask, SIGSEGV)); /* blocked while it ran */
    GUEST_CHECK(!blocked(SIGSEGV));                   /* and unblocked after */
    GUEST_CHECK_EQ(page[100], 42);                    /* the write ran again and landed */
    signal(SIGSEGV, SIG_DFL);
    munmap(page, PAGE_SIZE);
}

static void test_segv_read_only_fixed_by_mprotect(void)
{
    reset();
    page = fresh_page();
    page[7] = 1;
    GUEST_CHECK_EQ(mprotect(page, PAGE_SIZE, PROT_READ), 0);
    install(SIGSEGV, unprotect_page, 0);
    ((volatile char *)page)[8] = 2;
    GUEST_CHECK_EQ(handled, 1);
    GUEST_CHECK_EQ(handled_info.si_code, SEGV_ACCERR);
    GUEST_CHECK(handled_info.si_addr == page + 8);
    GUEST_CHECK_EQ(page[7], 1);
    GUEST_CHECK_EQ(page[8], 2);
    signal(SIGSEGV, SIG_DFL);
    munmap(page, PAGE_SIZE);
}

static void test_segv_handler_runs_again(void)
{
    /* A handler that returns without fixing the cause runs again at the same fault. */
    reset();
    page = fresh_page();
    GUEST_CHECK_EQ(munmap(page, PAGE_SIZE), 0);
    fix_on_second = 1;
    install(SIGSEGV, map_page_back, 0);
    ((volatile char *)page)[0] = 5;
    fix_on_second = 0;
    GUEST_CHECK_EQ(handled, 2);
    GUEST_CHECK_EQ(page[0], 5);
    signal(SIGSEGV, SIG_DFL);
    munmap(page, PAGE_SIZE);
}

static void test_siglongjmp_out_of_segv(void)
{
    reset();
    install(SIGSEGV, jump_back, 0);
    volatile int jumped = sigsetjmp(back, 1);
    if (jumped == 0) {
        *(volatile int *)(uintptr_t)16 = 1;
        GUEST_CHECK(0); /* not reached */
    }
    GUEST_CHECK_EQ(jumped, SIGSEGV);
    GUEST_CHECK_EQ(handled, 1);
    GUEST_CHECK_EQ(handled_info.si_code, SEGV_MAPERR);
    GUEST_CHECK(handled_info.si_addr == (void *)(uintptr_t)16);
    GUEST_CHECK(!blocked(SIGSEGV)); /* siglongjmp put the mask back */
    /* And again: the handler runs for the next fault too. */
    if (sigsetjmp(back, 1) == 0)
        *(volatile int *)(uintptr_t)24 = 1;
    GUEST_CHECK_EQ(handled, 2);
    GUEST_CHECK(handled_info.si_addr == (void *)(uintptr_t)24);
    signal(SIGSEGV, SIG_DFL);
}

static void test_sigfpe_division_by_zero(void)
{
    reset();
    install(SIGFPE, jump_back_plain, 0);
    volatile int jumped = setjmp(plain_back);
    if (jumped == 0) {
        fault_divide();
        GUEST_CHECK(0);
    }
    GUEST_CHECK_EQ(jumped, SIGFPE);
    GUEST_CHECK_EQ(handled, 1);
    GUEST_CHECK_EQ(handled_info.si_signo, SIGFPE);
    GUEST_CHECK_EQ(handled_info.si_code, FPE_INTDIV);
    GUEST_CHECK(handled_info.si_addr == (void *)fault_divide_at);
    GUEST_CHECK(blocked(SIGFPE)); /* longjmp leaves the handler's mask */
    signal(SIGFPE, SIG_DFL);
    reset();
}

static void test_sigill_ud2(void)
{
    reset();
    install(SIGILL, jump_back, 0);
    if (sigsetjmp(back, 1) == 0) {
        fault_ud2();
        GUEST_CHECK(0);
    }
    GUEST_CHECK_EQ(handled, 1);
    GUEST_CHECK_EQ(handled_info.si_signo, SIGILL);
    GUEST_CHECK_EQ(handled_info.si_code, ILL_ILLOPC);
    GUEST_CHECK(handled_info.si_addr == (void *)fault_ud2_at);
    GUEST_CHECK(!blocked(SIGILL));
    signal(SIGILL, SIG_DFL);
}

static void test_sigsetjmp_without_mask(void)
{
    /* sigsetjmp(.., 0) leaves the mask as the handler had it, like longjmp. */
    reset();
    install(SIGSEGV, jump_back, 0);
    if (sigsetjmp(back, 0) == 0)
        *(volatile int *)(uintptr_t)32 = 1;
    GUEST_CHECK_EQ(handled, 1);
    GUEST_CHECK(blocked(SIGSEGV));
    signal(SIGSEGV, SIG_DFL);
    reset();
}

/* Run CHILD with request; its wait status. Its descriptor 1 is a pipe whose bytes (what its
 * handlers wrote) land in heard. */
static int run_child(const char *request, char *heard, size_t size)
{
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    char *argv[] = {"fault-child", (char *)request, NULL};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1);
    pid_t pid = -1;
    GUEST_CHECK_EQ(posix_spawn(&pid, CHILD, &actions, NULL, argv, NULL), 0);
    posix_spawn_file_actions_destroy(&actions);
    close(ends[1]);
    size_t got = 0;
    ssize_t n;
    while (got + 1 < size && (n = read(ends[0], heard + got, size - 1 - got)) > 0)
        got += (size_t)n;
    heard[got] = 0;
    close(ends[0]);
    int status = -1;
    pid_t ended;
    do {
        ended = waitpid(pid, &status, 0);
    } while (ended < 0 && errno == EINTR);
    GUEST_CHECK_EQ(ended, pid);
    return status;
}

static void expect_killed(const char *request, int number, const char *said)
{
    char heard[16];
    int status = run_child(request, heard, sizeof heard);
    GUEST_CHECK(WIFSIGNALED(status));
    GUEST_CHECK_EQ(WTERMSIG(status), number);
    GUEST_CHECK(strcmp(heard, said) == 0);
}

static void test_resethand_second_fault_kills(void)
{
    expect_killed("segv-resethand", SIGSEGV, "h");
}

static void test_blocked_fault_kills(void)
{
    expect_killed("segv-blocked", SIGSEGV, "");
}

static void test_fault_in_handler_kills(void)
{
    expect_killed("segv-in-handler", SIGSEGV, "h");
}

static void test_bad_stack_kills(void)
{
    expect_killed("bad-stack", SIGSEGV, "");
    expect_killed("bad-stack-low", SIGSEGV, "");
}

static void test_no_handler_unchanged(void)
{
    expect_killed("segv", SIGSEGV, "");
    expect_killed("ill", SIGILL, "");
    expect_killed("fpe", SIGFPE, "");
    /* A handler for another signal, or for another fault's signal, changes nothing. */
    expect_killed("segv-usr1-handler", SIGSEGV, "");
    expect_killed("fpe-segv-handler", SIGFPE, "");
    expect_killed("segv-ignored", SIGSEGV, "");
}

static void test_child_handler_continues(void)
{
    char heard[16];
    int status = run_child("segv-fixed", heard, sizeof heard);
    GUEST_CHECK(WIFEXITED(status));
    GUEST_CHECK_EQ(WEXITSTATUS(status), 0);
    GUEST_CHECK(strcmp(heard, "h") == 0);
}

static const struct guest_test tests[] = {
    {"SIGSEGV for an unmapped page: the handler maps it, the write lands",
     test_segv_unmapped_fixed_by_mmap},
    {"SIGSEGV for a read-only page: the handler unprotects it",
     test_segv_read_only_fixed_by_mprotect},
    {"a handler that does not fix the cause runs again", test_segv_handler_runs_again},
    {"siglongjmp out of a SIGSEGV handler restores the mask", test_siglongjmp_out_of_segv},
    {"SIGFPE for an integer division by zero, longjmp out", test_sigfpe_division_by_zero},
    {"SIGILL for ud2", test_sigill_ud2},
    {"sigsetjmp without the mask", test_sigsetjmp_without_mask},
    {"a spawned child's handler fixes its fault and it exits", test_child_handler_continues},
    {"SA_RESETHAND: the second fault kills (WTERMSIG)", test_resethand_second_fault_kills},
    {"a fault while its signal is blocked kills", test_blocked_fault_kills},
    {"a fault inside the handler kills", test_fault_in_handler_kills},
    {"a bad stack pointer at the fault kills", test_bad_stack_kills},
    {"no handler: killed by the fault's signal as before", test_no_handler_unchanged},
};

int main(void)
{
    return guest_test_run("faults", tests, sizeof tests / sizeof tests[0]);
}
