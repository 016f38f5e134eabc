# Installing shegong on a Debian-based office PC, and its .deb (CPack): `cmake --build build --target
# package` or scripts/package.sh. Included from the top-level CMakeLists.txt.
include(GNUInstallDirs)
set(LINUX_DIR ${CMAKE_CURRENT_LIST_DIR})

install(TARGETS shegong shegong-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The menu entry, its icon (drawn as SVG; PNGs rendered from it by scripts/render-icons.sh) and the
# AppStream description software centres show.
install(FILES ${LINUX_DIR}/org.shegong.Shegong.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LINUX_DIR}/org.shegong.Shegong.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${LINUX_DIR}/icons/shegong.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${LINUX_DIR}/icons/shegong-${size}.png DESTINATION
        ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME shegong.png)
endforeach()

# Man pages and the Debian changelog, compressed as Debian wants them (gzip -9n: no name, no time).
set(GZ_DIR ${CMAKE_BINARY_DIR}/packaging)
set(GZ_FILES)
foreach(source ${PROJECT_SOURCE_DIR}/docs/man/shegong.1 ${PROJECT_SOURCE_DIR}/docs/man/shegong-cli.1
        ${LINUX_DIR}/changelog)
    get_filename_component(name ${source} NAME)
    add_custom_command(OUTPUT ${GZ_DIR}/${name}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${GZ_DIR}
        COMMAND gzip -9n -c ${source} > ${GZ_DIR}/${name}.gz
        DEPENDS ${source} VERBATIM)
    list(APPEND GZ_FILES ${GZ_DIR}/${name}.gz)
endforeach()
add_custom_target(shegong_compressed_docs ALL DEPENDS ${GZ_FILES})
install(FILES ${GZ_DIR}/shegong.1.gz ${GZ_DIR}/shegong-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${GZ_DIR}/changelog.gz ${LINUX_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
    FILES_MATCHING PATTERN "*.md")

# What an office needs beside the program: the demo's map, the server role's rights, and the
# machine-wide settings file (a conffile: an upgrade never overwrites the office's edits).
install(FILES ${PROJECT_SOURCE_DIR}/maps/demo-district.geojson DESTINATION ${CMAKE_INSTALL_DATADIR}/shegong/maps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/postgresql/grants.sql
    DESTINATION ${CMAKE_INSTALL_DATADIR}/shegong/postgresql)
install(FILES ${LINUX_DIR}/shegong.conf DESTINATION /etc/shegong)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME shegong)
set(CPACK_PACKAGE_VENDOR "The shegong developers")
set(CPACK_PACKAGE_CONTACT "The shegong developers <shegong@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "community social work for a subdistrict")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "The desktop application of a subdistrict's responsible social
workers (社工): every household on a 3D map of the subdistrict, home visits and
events with the monthly workload report, the grading of rental houses, and the
mediation studio's case log. Personal data is masked by role, and every reveal
and change is audited. Works on an embedded SQLite file or an office PostgreSQL
server.")
# Libraries are found by dpkg-shlibdeps from the binaries; what they load at run time is named here:
# Qt's X11 platform plugin, the Chinese fonts every screen and PDF needs, Mesa's software GL.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-noto-cjk, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${LINUX_DIR}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
