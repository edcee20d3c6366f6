# The `demo` target: pack the whole system (UEFI loader, kernel, KOITO init
# and the default system of share/koito/system: its boot configuration and
# programs) into a FAT disk image and boot it through OVMF, with the serial
# console on the terminal; its init program, koito-sh, gives a prompt where
# commands are typed, until `exit` or Ctrl-D on an empty line.
# The ported programs (lua, luac, sqlite3, cmark, minigzip, zlib-example,
# hello) go into its /bin too: examples/ports/demo-programs builds each once
# from Debian's sources (cached in <build>/ports-cache and <build>/demo/ports,
# or taken from the ports tests' builds) and leaves out, with a message, any
# it cannot build; the demo then runs without it.
# `cmake --build build --target demo`.
set(KOITO_DEMO_IMAGE ${CMAKE_BINARY_DIR}/demo/koito-demo.img)
set(KOITO_DEMO_ADDS ${CMAKE_BINARY_DIR}/demo/ports.adds)

add_custom_target(demo
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/demo
    COMMAND ${PROJECT_SOURCE_DIR}/examples/ports/demo-programs --sdk ${KOITO_SDK_STAGE}
            --cache ${CMAKE_BINARY_DIR}/ports-cache --work ${CMAKE_BINARY_DIR}/demo/ports
            --work ${CMAKE_BINARY_DIR}/ports-out/work
            --work ${CMAKE_BINARY_DIR}/ports-out-autotools/work --adds ${KOITO_DEMO_ADDS}
    # The adds file holds koito-mkimage arguments, each ended by a NUL byte.
    COMMAND xargs -0 -a ${KOITO_DEMO_ADDS} ${KOITO_SDK_STAGE}/bin/koito-mkimage
            --cmdline "debug_exit" -o ${KOITO_DEMO_IMAGE}
    # On a terminal the keyboard types on the console (Ctrl-] ends the run).
    COMMAND sh -c "if [ -t 0 ]; then exec \"$0\" --interactive --timeout 3600 \"$1\"; \
else exec \"$0\" --timeout 300 \"$1\"; fi" ${KOITO_SDK_STAGE}/bin/koito-run ${KOITO_DEMO_IMAGE}
    USES_TERMINAL
    VERBATIM)
add_dependencies(demo a9n loader sdk koito ulmm userland)
