//===--- wirecheck-clangd.cpp - clangd with the wire module ---------------===//
//
// clangd cannot load clang-tidy plugins, so this is clangd's own driver with
// the `wire` module linked in: its checks run in the editor like any built-in
// clang-tidy check. The module registers itself from WireModule.cpp's static
// registrar, whose object file is linked in directly.
//
//===----------------------------------------------------------------------===//

// Debian's libclang-dev ships libclangdMain.a but not clangd's headers; this
// is the declaration from clang-tools-extra/clangd/tool/ClangdMain.h.
namespace clang {
namespace clangd {
int clangdMain(int Argc, char *Argv[]);
} // namespace clangd
} // namespace clang

int main(int Argc, char *Argv[]) {
  return clang::clangd::clangdMain(Argc, Argv);
}
