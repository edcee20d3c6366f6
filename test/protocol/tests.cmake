# Tests of KOITO's server protocol definitions (koito/protocol/*.json,
# included from test/CMakeLists.txt in the host superbuild):
#
#   protocol.generated-up-to-date  the committed stubs, dispatch code and
#                                  error names are what koito/protocol/generate.py
#                                  makes of the definitions
#   protocol.generator-rejects     the generator refuses malformed definitions,
#                                  naming the offending item
find_package(Python3 REQUIRED COMPONENTS Interpreter)

add_test(NAME protocol.generated-up-to-date
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/koito/protocol/generate.py --check)
add_test(NAME protocol.generator-rejects
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/generator_rejects.py)
set_tests_properties(protocol.generated-up-to-date protocol.generator-rejects
    PROPERTIES LABELS protocol)
