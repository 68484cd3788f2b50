# Linux: the desktop entry, icon, manual pages and Debian docs; the `bundle` target (the
# self-contained .run); CPack's DEB generator (the .deb uses Debian's Qt packages).
set(PAYDESK_LINUX_DIR ${CMAKE_CURRENT_SOURCE_DIR}/linux)

install(FILES ${PAYDESK_LINUX_DIR}/paydesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/paydesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Manual pages and the Debian changelog, gzipped the way Debian wants them (-9n: no name or
# time stamp, so the result is reproducible).
set(PAYDESK_DOC_GZ ${CMAKE_CURRENT_BINARY_DIR}/gz)
file(MAKE_DIRECTORY ${PAYDESK_DOC_GZ})
string(TIMESTAMP PAYDESK_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${PAYDESK_LINUX_DIR}/debian/changelog.in ${PAYDESK_DOC_GZ}/changelog @ONLY)
set(PAYDESK_MANPAGES paydesk.1 paydesk-cli.1 paydesk-kakaopay-sim.1)
foreach(page IN LISTS PAYDESK_MANPAGES)
    configure_file(${PAYDESK_LINUX_DIR}/man/${page} ${PAYDESK_DOC_GZ}/${page} @ONLY)
endforeach()
foreach(f IN LISTS PAYDESK_MANPAGES ITEMS changelog)
    execute_process(COMMAND gzip -9nf ${PAYDESK_DOC_GZ}/${f} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${f} failed")
    endif()
endforeach()
foreach(page IN LISTS PAYDESK_MANPAGES)
    install(FILES ${PAYDESK_DOC_GZ}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
install(FILES ${PAYDESK_DOC_GZ}/changelog.gz ${PAYDESK_LINUX_DIR}/debian/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paydesk) # Debian: the package name, not PayDesk
# Two justified lintian remarks on the .deb (see the file).
install(FILES ${PAYDESK_LINUX_DIR}/debian/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME paydesk)

# The self-contained bundle: `cmake --build BUILD --target bundle`.
set(PAYDESK_BUNDLE_RUN
    ${CMAKE_BINARY_DIR}/bundle/paydesk-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}.run)
add_custom_target(bundle
    COMMAND ${PAYDESK_LINUX_DIR}/build-bundle.sh ${CMAKE_BINARY_DIR}
    DEPENDS paydesk paydesk-cli $<$<TARGET_EXISTS:paydesk-kakaopay-sim>:paydesk-kakaopay-sim>
    BYPRODUCTS ${PAYDESK_BUNDLE_RUN}
    COMMENT "Building the Linux bundle ${PAYDESK_BUNDLE_RUN}"
    USES_TERMINAL VERBATIM)

# The .deb: binaries against Debian's own Qt 6. dpkg-shlibdeps finds the linked libraries; the
# ones loaded at run time are named here: the SQLite driver, SVG icons, the Chromium helper
# process (libqt6webenginecore6 does not pull it in), OpenSSL for Qt's tls plugin, a Hangul
# font, keyboard maps (Chromium aborts without them) and CA certificates for https.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, libqt6webenginecore6-bin, libssl3, fonts-nanum, xkb-data, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents this long text itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PayDesk is the cashier's desktop application of a shop: it builds an order,
takes the payment through KakaoPay in an embedded web view, records it and
handles refunds. It includes paydesk-cli for support staff and a local
KakaoPay simulator for training mode and the self-check.")

# Third-party notices of the build tree and the .deb: the Debian packages PayDesk loads (ldd of
# its programs, QtWebEngineProcess, and the run-time dependencies above), each pointing at its
# own copyright file in /usr/share/doc. `paydesk --licenses` and Help > About read
# BUILD/licenses when run from the build tree, /usr/share/paydesk/licenses when installed from
# the .deb. The bundle makes its own licenses/ with the texts (build-bundle.sh).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    set(PAYDESK_NOTICES_DIR ${CMAKE_BINARY_DIR}/licenses)
    set(PAYDESK_NOTICES_FILES ${PAYDESK_NOTICES_DIR}/THIRD-PARTY-NOTICES.txt
        ${PAYDESK_NOTICES_DIR}/components.tsv)
    set(notices_args --out ${PAYDESK_NOTICES_DIR} --product-version ${PROJECT_VERSION}
        --elf $<TARGET_FILE:paydesk> --elf $<TARGET_FILE:paydesk-cli>
        --elf $<TARGET_FILE:paydesk_webview>)
    if(TARGET paydesk-kakaopay-sim)
        list(APPEND notices_args --elf $<TARGET_FILE:paydesk-kakaopay-sim>)
    endif()
    set(webengine_process ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBEXECS}/QtWebEngineProcess)
    if(EXISTS ${webengine_process})
        list(APPEND notices_args --file ${webengine_process})
    endif()
    string(REPLACE "," ";" notices_packages "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
    foreach(pkg IN LISTS notices_packages)
        string(STRIP "${pkg}" pkg)
        list(APPEND notices_args --package ${pkg})
    endforeach()
    add_custom_command(OUTPUT ${PAYDESK_NOTICES_FILES}
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/installer/third-party-notices.py
            system ${notices_args}
        DEPENDS ${PROJECT_SOURCE_DIR}/installer/third-party-notices.py paydesk paydesk-cli
            paydesk_webview $<$<TARGET_EXISTS:paydesk-kakaopay-sim>:paydesk-kakaopay-sim>
        COMMENT "Listing the third-party packages PayDesk uses (${PAYDESK_NOTICES_DIR})"
        VERBATIM)
    add_custom_target(third_party_notices ALL DEPENDS ${PAYDESK_NOTICES_FILES})
    install(FILES ${PAYDESK_NOTICES_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/paydesk/licenses)
else()
    message(WARNING "No Python 3: the build tree and the .deb get no third-party notices index")
endif()
