# Third-party notices of the Windows installation: licenses\ at its top (next to bin\), made at
# install time (so also by cpack) by installer/third-party-notices.py from the Qt source trees'
# own license files: each module's LICENSES\, every qt_attribution.json (what Qt bundles) and Qt
# WebEngine's README.chromium files. Qt's installer puts those trees in <Qt>\<version>\Src with
# its "Sources" component. The install fails when they are missing or name a license file that
# is not there. paydesk.exe reads licenses\components.tsv (Help > About) and prints
# licenses\THIRD-PARTY-NOTICES.txt (--licenses).
# Included by Windows.cmake; kept apart so that it can be checked on Linux (installer/README.md).
find_package(Python3 COMPONENTS Interpreter REQUIRED)
if(NOT DEFINED PAYDESK_QT_VERSION)
    set(PAYDESK_QT_VERSION ${Qt6_VERSION})
endif()
set(PAYDESK_QT_SOURCE_DIR "${QT6_INSTALL_PREFIX}/../Src" CACHE PATH
    "Source tree of the Qt PayDesk is deployed with (Qt installer: the Sources component)")
# The modules whose DLLs, plugins and data windeployqt copies for paydesk.exe, the CLI, the
# simulator and the web-view module (Qt WebEngine pulls in Quick, Qml, WebChannel, Positioning).
set(PAYDESK_QT_NOTICE_MODULES
    qtbase qtsvg qtdeclarative qtwebchannel qtpositioning qtwebengine qttranslations
    CACHE STRING "Qt modules (folders of PAYDESK_QT_SOURCE_DIR) the installer ships from")
set(PAYDESK_NOTICE_OTHERS "" CACHE STRING
    "Other libraries shipped next to PayDesk, each NAME=VERSION=SOURCE_DIR (e.g. QtKeychain)")
set(PAYDESK_QT_CORRESPONDING_SOURCE "" CACHE STRING
    "Where the source of this Qt build is, if not the upstream release at download.qt.io")
if(TARGET qt6keychain AND NOT PAYDESK_NOTICE_OTHERS MATCHES "QtKeychain")
    message(WARNING "QtKeychain is linked but PAYDESK_NOTICE_OTHERS names no QtKeychain source: "
        "its BSD notice will be missing from the installer")
endif()

set(paydesk_notice_args qt-sources --qt-version "${PAYDESK_QT_VERSION}"
    --product-version "${PROJECT_VERSION}")
if(PAYDESK_QT_CORRESPONDING_SOURCE)
    list(APPEND paydesk_notice_args --qt-source "${PAYDESK_QT_CORRESPONDING_SOURCE}")
endif()
foreach(other IN LISTS PAYDESK_NOTICE_OTHERS)
    list(APPEND paydesk_notice_args --other "${other}")
endforeach()
foreach(module IN LISTS PAYDESK_QT_NOTICE_MODULES)
    list(APPEND paydesk_notice_args "${PAYDESK_QT_SOURCE_DIR}/${module}")
endforeach()
set(paydesk_notice_quoted "")
foreach(arg IN LISTS paydesk_notice_args)
    string(APPEND paydesk_notice_quoted " \"${arg}\"")
endforeach()
install(CODE "
    set(paydesk_licenses \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/licenses\")
    foreach(module IN ITEMS ${PAYDESK_QT_NOTICE_MODULES})
        if(NOT IS_DIRECTORY \"${PAYDESK_QT_SOURCE_DIR}/\${module}\")
            message(FATAL_ERROR \"Third-party notices: no Qt source tree ${PAYDESK_QT_SOURCE_DIR}/\${module} \"
                \"(install Qt's Sources component, or set PAYDESK_QT_SOURCE_DIR)\")
        endif()
    endforeach()
    execute_process(COMMAND \"${Python3_EXECUTABLE}\"
        \"${PROJECT_SOURCE_DIR}/installer/third-party-notices.py\" ${paydesk_notice_quoted}
        --out \"\${paydesk_licenses}\" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"Third-party notices: installer/third-party-notices.py failed (\${rc})\")
    endif()
")
