# Boot of the interrupt suite; the serial driver's banner must reach the console.
add_test(NAME guest.interrupt-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit"
            --expect "koito serial console: echoing" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/interrupt-suite.cpio)
