//===--- wirecheck-tidy.cpp - clang-tidy with the wire module -------------===//
//
// clang-tidy's own driver with the `wire` module linked in, for machines whose
// clang-tidy cannot load libWireCheck.so (another LLVM version, or a static
// build). The module registers itself from WireModule.cpp's static registrar,
// whose object file is linked in directly.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#ifndef WIRECHECK_VERSION
#define WIRECHECK_VERSION "unknown"
#endif

static void printWirecheckVersion(llvm::raw_ostream &OS) {
  OS << "  wirecheck " << WIRECHECK_VERSION << " (module `wire` linked in)\n";
}

int main(int Argc, const char **Argv) {
  llvm::cl::AddExtraVersionPrinter(printWirecheckVersion);
  return clang::tidy::clangTidyMain(Argc, Argv);
}
