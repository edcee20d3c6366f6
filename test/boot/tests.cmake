# OVMF boots of the A9N UEFI loader (included from test/CMakeLists.txt in the
# host superbuild). Each boot takes several seconds under TCG, so there are
# only three: the whole system from a disk image made with the SDK's
# defaults (a command typed at koito-sh's prompt, and every
# firmware and loader line shown once), an image whose kernel is not an ELF
# file, and one whose kernel is an app (the root server: a valid x86_64 ELF
# executable, but no A9N kernel), both of which the loader must refuse with a
# message. The kernel
# check's other cases are host tests (test/host/loader/kernel_note_test.c).
# Both drive the staged SDK's koito-mkimage and koito-run (boot-image.sh).
set(KOITO_BOOT_TEST_DRIVER ${CMAKE_CURRENT_LIST_DIR}/boot-image.sh)

add_test(NAME boot.ovmf-disk-image
    COMMAND ${KOITO_BOOT_TEST_DRIVER} ${KOITO_MKIMAGE} ${KOITO_RUN}
            ${CMAKE_CURRENT_BINARY_DIR}/boot-test.img
            --
            --timeout 120 --expect "A9N microkernel"
            --expect "KOITO init: starting the system"
            --expect "said hello over the port named \"hello\""
            --expect "framebuffer: "
            --input ${CMAKE_CURRENT_LIST_DIR}/shell-input.txt --input-after "$ "
            --expect "typed through OVMF"
            --expect-match "\\A(?!.*/a9n/kernel\\.elf.*/a9n/kernel\\.elf)"
            --expect-match "\\A(?!.*BdsDxe: starting.*BdsDxe: starting)")

# koito-run --until ends QEMU as soon as the loader's error line appears.
add_test(NAME boot.ovmf-bad-kernel
    COMMAND ${KOITO_BOOT_TEST_DRIVER} ${KOITO_MKIMAGE} ${KOITO_RUN}
            ${CMAKE_CURRENT_BINARY_DIR}/boot-bad-kernel.img
            --kernel ${CMAKE_CURRENT_LIST_DIR}/not-an-elf.txt
            --
            --timeout 120 --until "not an ELF file")

add_test(NAME boot.ovmf-app-as-kernel
    COMMAND ${KOITO_BOOT_TEST_DRIVER} ${KOITO_MKIMAGE} ${KOITO_RUN}
            ${CMAKE_CURRENT_BINARY_DIR}/boot-app-as-kernel.img
            --kernel ${KOITO_SDK_STAGE}/share/koito/boot/koito-init.elf
            --
            --timeout 120 --until "not an A9N kernel")

set_tests_properties(boot.ovmf-disk-image boot.ovmf-bad-kernel boot.ovmf-app-as-kernel PROPERTIES
    LABELS boot
    TIMEOUT 180
    RESOURCE_LOCK koito-qemu)
