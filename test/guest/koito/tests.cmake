# Boot of the KOITO system suite: the driver's tests pass, ULMM found itself
# blind to physical addresses, and the console shows each configuration
# error, each refused program and the restart policy at work while the rest
# of the system runs.
add_test(NAME guest.koito-system
    COMMAND ${KOITO_RUN} --timeout 300 --expect " 0 failed"
        --expect "ulmm: blind: no generic carries the physical right, physical addresses refused"
        --expect "koito: ulmm: ready, "
        --expect "koito: etc/koito.conf:4: bad program name 'bad name!'"
        --expect "koito: etc/koito.conf:9: priority: want a number from 1 to 254"
        --expect "koito: etc/koito.conf:13: grant: unknown 'all-memory'"
        --expect "koito: bad-magic-at-boot: cannot start: bin/not-elf: not an ELF file"
        --expect "koito: bad-truncated: cannot start: bin/truncated: malformed program-header table"
        --expect "koito: bad-write-execute: cannot start: bin/write-execute: a loadable segment is writable and executable (W^X)"
        --expect "koito: bad-outside: cannot start: bin/outside: a loadable segment lies outside the program's address range"
        --expect "koito: bad-missing: cannot start: 'bin/no-such-file' is not in the initrd"
        --expect "koito: bad-static-base: cannot start: bin/child: load base not page aligned, or given for a static executable"
        --expect "pie: loaded at base 0x200000000, main at 0x2004"
        --expect "pie: loaded at base 0x5a5a50000000, main at 0x5a5a504"
        --expect "flaky: killed by page fault at address 0x8"
        --expect "koito: flaky: restarting (2 of 2)"
        --expect "retry-exit: exited with 3"
        --expect "koito: retry-exit: restarting (1 of 1)"
        --expect "fault-divide: killed by division by zero"
        --expect "fault-invalid: killed by invalid instruction"
        --expect "fault-protection: killed by protection fault"
        --expect "fault-unknown-call: killed by unknown kernel call"
        ${KOITO_GUEST_BUILD}/koito-system.cpio)
# Nothing restarts past its limit, nor after a success.
set_tests_properties(guest.koito-system PROPERTIES
    FAIL_REGULAR_EXPRESSION "restarting \\(3 of 2\\);restarting \\(2 of 1\\);once: restarting")

# The same system on a 4 GiB machine: ULMM takes (and the suite's leak checks
# balance) three quarters of the memory, less 32 MiB.
add_test(NAME guest.koito-system-4g
    COMMAND ${KOITO_RUN} --timeout 300 --memory 4G --expect " 0 failed"
        --expect "ulmm: blind: no generic carries the physical right, physical addresses refused"
        --expect "koito: ulmm: ready, "
        ${KOITO_GUEST_BUILD}/koito-system.cpio)

# A system in which nothing can start a program from the initrd once its programs run (no POSIX
# server, spawn grant, on-request or restarted program): init releases the initrd and ULMM takes
# all of its pages, as check-reclaim.py checks against what init, ULMM and the program report.
add_test(NAME guest.koito-reclaim
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/check-reclaim.py ${KOITO_RUN}
            ${KOITO_GUEST_BUILD}/koito-reclaim.cpio)
set_tests_properties(guest.koito-reclaim PROPERTIES TIMEOUT 120)
