# Boot of the IPC suite. Its ping-pong test prints the kernel's fast-path
# counter; the run passes only if that is not zero, no test failed and the
# guest's exit status (through koito-run's exit code) is 0.
add_test(NAME guest.ipc-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            --expect-match "fast path taken [1-9][0-9]* times.*\\n[0-9]+ passed, 0 failed"
            ${KOITO_GUEST_BUILD}/ipc-suite.cpio)
