# One executable per suite (KeePassXC's add_unit_test shape). Non-GUI suites use
# QTEST_GUILESS_MAIN; GUI suites get the offscreen platform and the WebEngine sandbox switch so
# that plain `ctest` works with or without a display.
function(add_unit_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    # tests/support: what more than one area's suites use (the simulator harnesses above all).
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test paydesk_test_support ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        PAYDESK_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "QT_LOGGING_RULES=qt.webenginecontext.info=false")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen" "QTWEBENGINE_DISABLE_SANDBOX=1")
        list(APPEND T_LABELS gui)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
endfunction()
