/*
 * The child of the faults suite (test/guest/faults): argv[1] names the fault it makes and how
 * it handles it; the suite checks how it ended (WTERMSIG, or exit status 0) and what its
 * handlers wrote to descriptor 1 ('h' each time one ran).
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE_SIZE 4096

static char *page;

static void say_handled(void)
{
    write(1, "h", 1);
}

/* Returns without fixing anything: the fault comes again. */
static void only_say(int number)
{
    (void)number;
    say_handled();
}

/* Faults itself: SIGSEGV is blocked while it runs. */
static void fault_again(int number)
{
    (void)number;
    say_handled();
    *(volatile int *)(uintptr_t)8 = 1;
}

static void map_page(int number)
{
    (void)number;
    say_handled();
    mmap(page, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
}

static void handle(int number, void (*handler)(int), int flags)
{
    struct sigaction action = {.sa_handler = handler, .sa_flags = flags};
    sigemptyset(&action.sa_mask);
    sigaction(number, &action, NULL);
}

static void write_null(void)
{
    *(volatile int *)(uintptr_t)8 = 1;
}

static void divide_by_zero(void)
{
    __asm__ volatile("xor %%ecx, %%ecx\n"
                     "mov $1, %%eax\n"
                     "cltd\n"
                     "idivl %%ecx\n" ::
                         : "eax", "ecx", "edx");
}

/* The stack pointer becomes `stack` and the next instruction faults (ud2): the handler's frame
 * cannot be written there. */
static void fault_with_stack(uint64_t stack)
{
    __asm__ volatile("mov %0, %%rsp\n"
                     "ud2\n" ::"r"(stack)
                     : "memory");
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 100;
    const char *request = argv[1];
    if (strcmp(request, "segv") == 0) {
        write_null();
    } else if (strcmp(request, "ill") == 0) {
        __asm__ volatile("ud2");
    } else if (strcmp(request, "fpe") == 0) {
        divide_by_zero();
    } else if (strcmp(request, "segv-usr1-handler") == 0) {
        handle(SIGUSR1, only_say, 0);
        write_null();
    } else if (strcmp(request, "fpe-segv-handler") == 0) {
        handle(SIGSEGV, only_say, 0);
        divide_by_zero();
    } else if (strcmp(request, "segv-ignored") == 0) {
        handle(SIGSEGV, SIG_IGN, 0);
        write_null();
    } else if (strcmp(request, "segv-resethand") == 0) {
        handle(SIGSEGV, only_say, SA_RESETHAND);
        write_null();
    } else if (strcmp(request, "segv-blocked") == 0) {
        handle(SIGSEGV, only_say, 0);
        sigset_t segv;
        sigemptyset(&segv);
        sigaddset(&segv, SIGSEGV);
        sigprocmask(SIG_BLOCK, &segv, NULL);
        write_null();
    } else if (strcmp(request, "segv-in-handler") == 0) {
        handle(SIGSEGV, fault_again, 0);
        write_null();
    } else if (strcmp(request, "bad-stack") == 0) {
        handle(SIGILL, only_say, 0);
        fault_with_stack(0x8000000000000000ull); /* not canonical */
    } else if (strcmp(request, "bad-stack-low") == 0) {
        handle(SIGILL, only_say, 0);
        fault_with_stack(0x2000); /* canonical, nothing mapped there */
    } else if (strcmp(request, "segv-fixed") == 0) {
        page = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page == MAP_FAILED || munmap(page, PAGE_SIZE) != 0)
            return 101;
        handle(SIGSEGV, map_page, 0);
        ((volatile char *)page)[1] = 9;
        return page[1] == 9 ? 0 : 102;
    } else {
        return 103;
    }
    return 104; /* the fault should have ended it */
}
