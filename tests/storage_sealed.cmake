# Fails when a file of the entry points or the widgets reaches storage: a private storage header,
# the sqlite3 API, or SQL text. Data reaches them only through core's services and repositories.
file(GLOB_RECURSE files ${SRC}/ui/*.cpp ${SRC}/ui/*.h ${SRC}/cli/*.cpp ${SRC}/cli/*.h ${SRC}/app/*.cpp
    ${SRC}/app/*.h ${INC}/ui/*.h)
set(offenders "")
foreach(f IN LISTS files)
    file(READ ${f} text)
    string(TOUPPER "${text}" upper)
    if(text MATCHES "#include [\"<](core/storage/|sqlite3\\.h)" OR text MATCHES "sqlite3_"
       OR upper MATCHES "\"[^\"\n]*(SELECT [^\"\n]* FROM |INSERT INTO |UPDATE [A-Z_]+ SET |DELETE FROM |PRAGMA |CREATE TABLE )")
        list(APPEND offenders ${f})
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " shown)
    message(FATAL_ERROR "SQL or storage outside core in:\n  ${shown}")
endif()
list(LENGTH files count)
message(STATUS "${count} files of ui, cli and app hold no SQL and include no storage header")
