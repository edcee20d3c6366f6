# Toolchain for the A9N kernel: clang cross-compiling freestanding x86_64
# code for the top 2 GiB (-mcmodel=kernel), without the red zone (interrupts
# push onto the kernel stack) and without SSE (user FPU state stays in the
# registers while the kernel runs), linked by ld.lld.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

if(NOT KOITO_CLANG)
    set(KOITO_CLANG clang)
endif()
if(NOT KOITO_LLD)
    set(KOITO_LLD ld.lld)
endif()
find_program(KOITO_LLD_PATH NAMES ${KOITO_LLD} REQUIRED)

set(CMAKE_C_COMPILER ${KOITO_CLANG})
set(CMAKE_ASM_COMPILER ${KOITO_CLANG})
set(CMAKE_C_COMPILER_TARGET x86_64-unknown-none-elf)
set(CMAKE_ASM_COMPILER_TARGET x86_64-unknown-none-elf)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(A9N_KERNEL_FLAGS "-ffreestanding -fno-stack-protector -fno-pic -fno-pie -mno-red-zone -mcmodel=kernel -mno-sse -mno-sse2 -mno-mmx -mno-80387 -fomit-frame-pointer")
set(CMAKE_C_FLAGS_INIT "${A9N_KERNEL_FLAGS} -flto -Wall -Wextra -Werror")
set(CMAKE_ASM_FLAGS_INIT "${A9N_KERNEL_FLAGS}")
# The kernel is always optimised: a debug build only adds symbols, so the
# figures of the benchmark suite mean the same in every configuration.
set(CMAKE_C_FLAGS_DEBUG_INIT "-g -O2")
# clang's driver links bare-metal x86_64 through gcc, so link with ld.lld directly.
set(CMAKE_LINKER ${KOITO_LLD_PATH})
set(CMAKE_C_LINK_EXECUTABLE "<CMAKE_LINKER> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES>")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -nostdlib --build-id=none -z max-page-size=4096")
