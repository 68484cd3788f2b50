# CMake toolchain: Windows x64 programs from Linux with Debian 12's MinGW-w64, and the Qt that
# installer/windows/build-qt-mingw.sh cross-builds into its cache. Used by the `mingw` preset
# (CMakePresets.json) and, as a copy in the cache, by the Qt build itself.
#
# The compilers are the "-posix" ones (g++-mingw-w64-x86-64-posix): Qt needs std::thread and
# std::mutex, which the "-win32" thread model lacks. The cache folder is $PAYDESK_QT_MINGW, or
# $HOME/.cache/paydesk-qt-mingw/6.4.2 (the script's default); its Qt is used when it is there.
# Host tools (moc, rcc, uic, lrelease …) are Debian's Qt 6.4.2 in /usr (QT_HOST_PATH).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(PAYDESK_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${PAYDESK_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${PAYDESK_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${PAYDESK_MINGW_TRIPLE}-windres)

# The cross-built Qt. An environment variable (not a cache variable) so that try_compile() sees it.
# The copy of this file in the cache (loaded by the cache's qt.toolchain.cmake) uses its own folder.
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/qt/lib/cmake/Qt6/Qt6Config.cmake")
    set(PAYDESK_QT_MINGW "${CMAKE_CURRENT_LIST_DIR}")
elseif(DEFINED ENV{PAYDESK_QT_MINGW} AND NOT "$ENV{PAYDESK_QT_MINGW}" STREQUAL "")
    set(PAYDESK_QT_MINGW "$ENV{PAYDESK_QT_MINGW}")
else()
    set(PAYDESK_QT_MINGW "$ENV{HOME}/.cache/paydesk-qt-mingw/6.4.2")
endif()
set(PAYDESK_QT_MINGW_PREFIX "${PAYDESK_QT_MINGW}/qt")

# Target headers, libraries and CMake packages only from MinGW's sysroot and the cross Qt; programs
# (moc, lrelease, windres …) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${PAYDESK_MINGW_TRIPLE})
if(EXISTS "${PAYDESK_QT_MINGW_PREFIX}/lib/cmake/Qt6/Qt6Config.cmake")
    # The prefix path is Qt's lib/cmake, not the prefix itself: CMake's re-rooting joins the two
    # when one equals the other (the same work-around as Qt's own qt.toolchain.cmake).
    list(PREPEND CMAKE_FIND_ROOT_PATH "${PAYDESK_QT_MINGW_PREFIX}")
    list(PREPEND CMAKE_PREFIX_PATH "${PAYDESK_QT_MINGW_PREFIX}/lib/cmake")
    if(NOT DEFINED Qt6_DIR)
        set(Qt6_DIR "${PAYDESK_QT_MINGW_PREFIX}/lib/cmake/Qt6" CACHE PATH "")
    endif()
endif()
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Debian's Qt supplies the tools that run during the build (same version: 6.4.2).
if(NOT DEFINED QT_HOST_PATH)
    set(QT_HOST_PATH /usr CACHE PATH "Qt for the build machine (its moc, rcc, uic, lrelease)")
endif()
if(NOT DEFINED QT_HOST_PATH_CMAKE_DIR)
    set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "")
endif()
