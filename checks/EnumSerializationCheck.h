//===--- EnumSerializationCheck.h - wire-enum-serialization -----*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
#define WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H

#include "checks/SinkCheckBase.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang::tidy::wire {

/// Flags enum values that reach a JSON or log/format sink, where they are
/// written as their integer value, unless they went through a safe wrapper.
///
/// For the user-facing documentation see:
/// docs/checks/enum-serialization.md
class EnumSerializationCheck : public SinkCheckBase {
public:
  EnumSerializationCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  bool isCandidate(const Expr &Value) const override;
  bool examine(const wirecheck::SinkUse &Use) override;

private:
  bool isIntegerEnum(const EnumDecl &ED) const;

  const std::string EnumToString;
  wirecheck::QualifiedName EnumToStringName;
  bool OfferFixes = false;
  const std::string AllowExplicitCastsText;
  bool AllowExplicitCasts = true;
  const std::string IntegerEnumsText;
  std::optional<llvm::Regex> IntegerEnums;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
