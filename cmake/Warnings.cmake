# Project-wide warning policy: everything we write compiles warning-free, enforced with -Werror.
add_library(aitbc_warnings INTERFACE)
target_compile_options(aitbc_warnings INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Werror -Wnon-virtual-dtor>
  $<$<AND:$<COMPILE_LANGUAGE:CXX>,$<CXX_COMPILER_ID:GNU>>:-Wshadow=local>
  $<$<COMPILE_LANGUAGE:C>:-Wall -Wextra -Werror>)
target_compile_definitions(aitbc_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_TO_ASCII QT_STRICT_ITERATORS
  QT_NO_FOREACH QT_USE_QSTRINGBUILDER)
