//===--- Uri.cpp - Paths as URIs for SARIF artifact locations -------------===//
//
// RFC 3986 unreserved characters and `/` stay as they are; every other byte
// (including each byte of a UTF-8 sequence) becomes %XX.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/Uri.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace wirecheck {
namespace sarif {

std::string relativeUri(StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (isAlnum(C) || StringRef("/-_.~").contains(C))
      Out += C;
    else
      Out += "%" + utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Out;
}

std::string fileUri(StringRef Path) { return "file://" + relativeUri(Path); }

} // namespace sarif
} // namespace wirecheck
