# Fails when the zh_CN catalogue has untranslated (unfinished) or missing translations.
file(READ "${TS}" content)
string(FIND "${content}" "type=\"unfinished\"" unfinished)
if(NOT unfinished EQUAL -1)
    message(FATAL_ERROR "${TS} has unfinished translations; run the shegong_i18n_lupdate target and translate them")
endif()
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages count)
message(STATUS "${count} messages, all translated")
