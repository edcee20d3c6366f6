# The hostile suite: random capability calls on every object type.
koito_guest_suite(hostile-suite SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
