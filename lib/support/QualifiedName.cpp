//===--- QualifiedName.cpp - C++ qualified names in options ---------------===//

#include "lib/support/QualifiedName.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

static bool isIdentifier(llvm::StringRef S) {
  if (S.empty() || llvm::isDigit(S.front()))
    return false;
  return llvm::all_of(
      S, [](char C) { return llvm::isAlnum(C) || C == '_' || C == '~'; });
}

std::optional<QualifiedName> QualifiedName::parse(llvm::StringRef Text) {
  Text = Text.trim();
  QualifiedName Result;
  if (Text.consume_front("::"))
    Result.Anchored = true;
  if (Text.empty())
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Text.split(Parts, "::", /*MaxSplit=*/-1, /*KeepEmpty=*/true);
  for (llvm::StringRef Part : Parts) {
    // `operator<<` and friends are allowed as the last component.
    bool IsLast = Part.data() == Parts.back().data();
    if (IsLast && Part.starts_with("operator") && Part.size() > 8 &&
        !isIdentifier(Part)) {
      Result.Components.push_back(Part.str());
      continue;
    }
    if (!isIdentifier(Part))
      return std::nullopt;
    Result.Components.push_back(Part.str());
  }
  return Result;
}

std::string QualifiedName::str() const {
  std::string S = Anchored ? "::" : "";
  S += llvm::join(Components, "::");
  return S;
}

std::string joinQuotedNames(llvm::ArrayRef<QualifiedName> Names) {
  std::string Result;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Result += I + 1 == Names.size() ? " or " : ", ";
    Result += "'" + Names[I].str() + "'";
  }
  return Result;
}

} // namespace wirecheck
