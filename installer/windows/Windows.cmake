# Windows: windeployqt (through Qt's deploy API) puts the Qt DLLs, plugins, QtWebEngineProcess.exe
# and its resources next to the executables at install time; CPack makes an NSIS installer
# (default) or an MSI (cpack -G WIX) with a Start-menu entry and an uninstaller.
# Not buildable on the Linux machines: see installer/README.md for the steps and what was checked.

# The cashier's app is a GUI program: no console window behind it.
set_target_properties(paydesk PROPERTIES WIN32_EXECUTABLE ON)

# One deploy script for all three executables and the web-view module (the only part that links
# Qt WebEngine, so windeployqt must see it to ship WebEngine): windeployqt runs once over the
# union of their Qt modules.
# QT_DEPLOY_SUPPORT is set by find_package(Qt6 Core) (Qt >= 6.3). The executables are named by
# their build-tree paths, as Qt's documentation asks; windeployqt writes into the install prefix.
set(PAYDESK_DEPLOY_EXTRA "")
foreach(tgt paydesk-cli paydesk-kakaopay-sim)
    if(TARGET ${tgt})
        string(APPEND PAYDESK_DEPLOY_EXTRA " \"$<TARGET_FILE:${tgt}>\"")
    endif()
endforeach()
set(PAYDESK_DEPLOY_SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-paydesk-$<CONFIG>.cmake)
file(GENERATE OUTPUT ${PAYDESK_DEPLOY_SCRIPT} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE:paydesk>\"
    ADDITIONAL_EXECUTABLES ${PAYDESK_DEPLOY_EXTRA}
    ADDITIONAL_MODULES \"$<TARGET_FILE:paydesk_webview>\"
    GENERATE_QT_CONF
    VERBOSE)
")
install(SCRIPT ${PAYDESK_DEPLOY_SCRIPT})

# licenses\: the notices of Qt and of what it bundles, from Qt's own license files.
include(${CMAKE_CURRENT_LIST_DIR}/Notices.cmake)

# A Hangul font is part of every Windows (Malgun Gothic): nothing to ship.

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "paydesk-${PROJECT_VERSION}-windows-x64")
# Fixed identity across versions, so that a new version replaces the old one in place.
# Never change these two.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "PayDesk")
set(CPACK_WIX_UPGRADE_GUID "6F1C3A52-8E0B-4C7D-9A41-2B5E7D90C3F8")

# NSIS
set(CPACK_NSIS_PACKAGE_NAME "PayDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "PayDesk")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\paydesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "paydesk.exe")
set(CPACK_NSIS_MODIFY_PATH OFF)
# The uninstaller removes only the files it installed: the data folder
# (%APPDATA%\PayDesk: journal database; settings in the registry) is left in place.

# WiX (MSI), for shops deploying through group policy.
set(CPACK_WIX_PRODUCT_NAME "PayDesk")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "PayDesk")
set_property(INSTALL "bin/$<TARGET_FILE_NAME:paydesk>" PROPERTY CPACK_START_MENU_SHORTCUTS "PayDesk")
