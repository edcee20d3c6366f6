# The POSIX server's hostile-client suite (suite.cmake builds it): both hostile clients got only
# replies the protocol defines, and the good client's work was right throughout.
add_test(NAME guest.posix-hostile
    COMMAND ${KOITO_RUN} --timeout 300 --expect " 0 failed"
        ${KOITO_GUEST_BUILD}/posix-hostile-system.cpio)
