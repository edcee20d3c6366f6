# Each fault must be reported, stop only the faulting thread, and leave the
# kernel alive to halt cleanly (debug-exit status 0x7e) once no thread is left.
foreach(case
        "invalid-instruction|invalid instruction \\(vector 6"
        "null-read|page fault \\(vector 14, error code 4\\) at ip [0-9a-f]+, address 0;"
        "kernel-read|page fault \\(vector 14, error code 5\\).*address ffff800000000000"
        "boot-info-write|page fault \\(vector 14, error code 7\\)"
        "divide|arithmetic fault \\(vector 0"
        "privileged|protection fault \\(vector 13"
        "io-port|protection fault \\(vector 13, error code 0\\)"
        "execute-stack|page fault \\(vector 14, error code 15\\)")
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 kind)
    list(GET parts 1 report)
    add_test(NAME guest.fault-${kind}
        COMMAND ${KOITO_RUN} --timeout 60 --cmdline "debug_exit fault=${kind}"
                ${KOITO_GUEST_BUILD}/fault-probe.cpio)
    set_tests_properties(guest.fault-${kind} PROPERTIES
        PASS_REGULAR_EXPRESSION
            "user fault in thread 'root server': ${report}.*no thread left to run; halting")
endforeach()

# Boot failures the kernel must report clearly instead of hanging.
add_test(NAME guest.pvh-missing-root-server
    COMMAND ${KOITO_RUN} --timeout 60 --cmdline "debug_exit init=no-such-program"
            ${KOITO_GUEST_BUILD}/fault-probe.cpio)
set_tests_properties(guest.pvh-missing-root-server PROPERTIES
    PASS_REGULAR_EXPRESSION "A9N PANIC: PVH boot: root server 'no-such-program' not found in the initrd")
