//===--- EnumSerializationCheck.h - wire-enum-serialization -----*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
#define WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H

#include "checks/SinkCheckBase.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace wirecheck {

/// Flags enum values that reach a JSON or log/format sink, where they are
/// written as their integer value, unless they went through a safe wrapper.
///
/// For the user-facing documentation see:
/// docs/checks/enum-serialization.md
class EnumSerializationCheck : public SinkCheckBase {
public:
  EnumSerializationCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  bool isCandidate(const clang::Expr &Value) const override;
  bool examine(const SinkUse &Use) override;

private:
  bool isIntegerEnum(const clang::EnumDecl &ED) const;

  const std::string EnumToString;
  QualifiedName EnumToStringName;
  bool OfferFixes = false;
  const std::string AllowExplicitCastsText;
  bool AllowExplicitCasts = true;
  const std::string IntegerEnumsText;
  std::optional<llvm::Regex> IntegerEnums;
};

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
