# Boots of the memory suite: with the default memory, and with enough for a
# 1 GiB generic, so 1 GiB frames are converted and mapped too.
add_test(NAME guest.memory-suite
    COMMAND ${KOITO_RUN} --timeout 120 --cmdline "debug_exit" --expect " 0 failed"
            ${KOITO_GUEST_BUILD}/memory-suite.cpio)
add_test(NAME guest.memory-suite-large
    COMMAND ${KOITO_RUN} --timeout 120 --memory 2560M --cmdline "debug_exit"
            --expect " 0 failed" ${KOITO_GUEST_BUILD}/memory-suite.cpio)
