# AddressSanitizer + UndefinedBehaviorSanitizer for the whole tree (preset "asan"). GCC's "undefined"
# leaves out float-cast-overflow (a double out of an integer's range, cast: e.g. a node's absurd
# timestamp or amount), so it is named on its own. The AppImage is not built here (its runtime is linked
# statically, which ASan cannot be, and it packages the release build anyway).
if(AITBC_SANITIZE)
  add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined,float-cast-overflow)
  add_link_options(-fsanitize=address,undefined,float-cast-overflow)
endif()
