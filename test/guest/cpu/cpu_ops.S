/*
 * CPU-state probes of the cpu suite (cpu_tests.c): code that runs with user
 * state C must not see (random flags, segment selectors), so it lives in
 * assembly. System V ABI; every probe returns with DF, TF, AC and NT clear.
 */
#define SELECTOR_LOADS_LENGTH 2 /* each `mov %eax, %sreg` below is 2 bytes */

/* uint64_t cpu_probe_step(uint64_t flags, uint64_t selector, uint64_t path, uint64_t spin)
 * Loads `selector` into ds, es, gs and fs (each may fault: the resolver skips
 * it), sets RFLAGS to `flags` with popf, then leaves user mode by `path`:
 * 0 yield (syscall), 1 ud2, 2 int3 (a protection fault: user mode may not
 * raise vector 3; the resolver skips either), 3 a spin of
 * `spin` turns (preemption by the timer). Returns the flags it came back with. */
    .text
    .global cpu_probe_step
    .global cpu_probe_selector_loads
    .global cpu_probe_selector_loads_end
cpu_probe_step:
    mov %esi, %eax
cpu_probe_selector_loads:
    mov %eax, %ds
    mov %eax, %es
    mov %eax, %gs
    mov %eax, %fs
cpu_probe_selector_loads_end:
    /* Nothing from here to cpu_probe_step_flags_end depends on the flags,
     * so the resolver may change them at any fault in between. */
    lea cpu_probe_paths(%rip), %rax
    jmp *(%rax,%rdx,8)
cpu_probe_path_spin:
    push %rdi
    popfq
1:  loop 1b
    jmp 20f
cpu_probe_path_yield:
    push %rdi
    popfq
    mov $1, %eax            /* A9N_KERNEL_CALL_YIELD */
    syscall
    jmp 20f
cpu_probe_path_ud2:
    push %rdi
    popfq
    .global cpu_probe_ud2
cpu_probe_ud2:
    ud2
    jmp 20f
cpu_probe_path_int3:
    push %rdi
    popfq
    .global cpu_probe_int3
cpu_probe_int3:
    int3
20: pushfq
    pop %rax
    pushq $0x202
    popfq
    .global cpu_probe_step_flags_end
cpu_probe_step_flags_end:
    ret

    .section .rodata
    .p2align 3
cpu_probe_paths:
    .quad cpu_probe_path_yield, cpu_probe_path_ud2, cpu_probe_path_int3, cpu_probe_path_spin
    .text

/* void cpu_probe_nt_yield(void): set NT with popf and yield with it set. */
    .global cpu_probe_nt_yield
cpu_probe_nt_yield:
    pushfq
    orq $(1 << 14), (%rsp)
    popfq
    mov $1, %eax
    syscall
    pushq $0x202
    popfq
    ret

/* uint64_t cpu_probe_fs_reload(uint64_t selector): load `selector` into fs
 * (which resets the FS base to the descriptor's, 0), yield, then read the
 * word at %fs:0. */
    .global cpu_probe_fs_reload
cpu_probe_fs_reload:
    mov %edi, %eax
    mov %eax, %fs
    mov $1, %eax
    syscall
    mov %fs:0, %rax
    ret

/* uint64_t cpu_probe_fs_read(void): the word at %fs:0. */
    .global cpu_probe_fs_read
cpu_probe_fs_read:
    mov %fs:0, %rax
    ret

/* void cpu_probe_ymm_fill(uint64_t pattern): ymm0..15 := pattern + register number in every lane. */
    .global cpu_probe_ymm_fill
cpu_probe_ymm_fill:
    sub $32, %rsp
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    lea \n(%rdi), %rax
    mov %rax, (%rsp)
    mov %rax, 8(%rsp)
    mov %rax, 16(%rsp)
    mov %rax, 24(%rsp)
    vmovdqu (%rsp), %ymm\n
    .endr
    add $32, %rsp
    ret

/* uint64_t cpu_probe_ymm_check(uint64_t pattern): the number of 64-bit lanes of
 * ymm0..15 that do not hold what cpu_probe_ymm_fill(pattern) put there. */
    .global cpu_probe_ymm_check
cpu_probe_ymm_check:
    sub $32, %rsp
    xor %ecx, %ecx
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    vmovdqu %ymm\n, (%rsp)
    lea \n(%rdi), %rax
    .irp lane, 0,8,16,24
    cmp %rax, \lane(%rsp)
    je 1f
    inc %rcx
1:
    .endr
    .endr
    mov %rcx, %rax
    add $32, %rsp
    ret

/* void cpu_probe_ymm_clear(void): clear the upper halves too (vzeroall). */
    .global cpu_probe_ymm_clear
cpu_probe_ymm_clear:
    vzeroall
    ret

/* _Noreturn void cpu_probe_finish(void): a privileged instruction at a known
 * place, which the resolver takes as "this worker is done". */
    .global cpu_probe_finish
cpu_probe_finish:
    hlt
    jmp cpu_probe_finish
