# Boot of the hostile suite: 10^6 random kernel calls with random CPU state
# (about 5 s under TCG; soak.sh runs it for hours). The IPC storm prints the kernel's fast-path
# counter before (zero: nothing ran before it) and after; the run passes only
# if the storm took the fast path, no test failed and the guest's exit status
# (the number of failed tests, through koito-run's exit code) is 0.
add_test(NAME guest.hostile-suite
    COMMAND ${KOITO_RUN} --timeout 180 --cmdline "debug_exit" --expect " 0 failed"
            --expect-match
            "fast path taken 0 times.*fast path taken [1-9][0-9]* times.*\\n[0-9]+ passed, 0 failed"
            ${KOITO_GUEST_BUILD}/hostile-suite.cpio)
