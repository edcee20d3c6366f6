# The `demo` target: pack the whole system (UEFI loader, kernel, KOITO init
# and the default system of share/koito/system: its boot configuration and
# programs) into a FAT disk image and boot it through OVMF, with the serial
# console on the terminal. `cmake --build build --target demo`.
set(KOITO_DEMO_IMAGE ${CMAKE_BINARY_DIR}/demo/koito-demo.img)

add_custom_target(demo
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/demo
    COMMAND ${KOITO_SDK_STAGE}/bin/koito-mkimage --cmdline "debug_exit" -o ${KOITO_DEMO_IMAGE}
    COMMAND ${KOITO_SDK_STAGE}/bin/koito-run --timeout 300 ${KOITO_DEMO_IMAGE}
    USES_TERMINAL
    VERBATIM)
add_dependencies(demo a9n loader sdk koito)
