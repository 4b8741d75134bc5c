//===--- LiteralFixIt.cpp - Fix-its that rewrite a string literal ---------===//

#include "checks/LiteralFixIt.h"

namespace clang::tidy::wire {

std::optional<std::string> quoteLiteral(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (static_cast<unsigned char>(C) < 0x20)
      return std::nullopt;
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

} // namespace clang::tidy::wire
