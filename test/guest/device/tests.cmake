# Boot of the device suite through OVMF (only the UEFI path hands over a
# framebuffer, whose frames are the root server's device frames). The kernel
# reports making the framebuffer uncached in its direct map too.
add_test(NAME boot.ovmf-device-suite
    COMMAND ${CMAKE_SOURCE_DIR}/test/boot/boot-image.sh ${KOITO_MKIMAGE} ${KOITO_RUN}
            ${CMAKE_CURRENT_BINARY_DIR}/device-suite.img
            --root ${KOITO_GUEST_BUILD}/device-suite.elf --cmdline debug_exit
            --
            --timeout 120 --expect " 0 failed"
            --expect-match "a9n: device memory [0-9a-f]{16}\\.\\.[0-9a-f]{16}: uncached in the direct map")
set_tests_properties(boot.ovmf-device-suite PROPERTIES
    LABELS boot
    TIMEOUT 180
    RESOURCE_LOCK koito-qemu)
