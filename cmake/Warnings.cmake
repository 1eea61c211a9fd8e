# Project-wide warning policy: everything we write compiles warning-free, enforced with -Werror.
add_library(aitbc_warnings INTERFACE)
target_compile_options(aitbc_warnings INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Werror -Wnon-virtual-dtor>
  $<$<AND:$<COMPILE_LANGUAGE:CXX>,$<CXX_COMPILER_ID:GNU>>:-Wshadow=local>
  $<$<COMPILE_LANGUAGE:C>:-Wall -Wextra -Werror>)
target_compile_definitions(aitbc_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_TO_ASCII QT_STRICT_ITERATORS
  QT_NO_FOREACH QT_USE_QSTRINGBUILDER)

# Not a warning but a code-generation guard every target shares: GCC 12 at -O2 may give a dead
# temporary and a later local variable one stack slot and then move the local's first read above its
# initialisation (it takes the two for different objects); a test read a list's size from the dead
# temporary. Temporaries get slots of their own. Sanitizer builds reuse no slot already (ASan's
# use-after-scope check refuses any other setting).
if(NOT AITBC_SANITIZE)
  target_compile_options(aitbc_warnings INTERFACE
    $<$<AND:$<COMPILE_LANGUAGE:CXX>,$<CXX_COMPILER_ID:GNU>>:-fstack-reuse=named_vars>)
endif()
