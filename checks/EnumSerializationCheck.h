//===--- EnumSerializationCheck.h - wire-enum-serialization -----*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
#define WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H

#include "checks/SinkCheckBase.h"
#include "lib/sinks/FormatAdaptors.h"
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
  bool examineInHelper(const wirecheck::SinkUse &Use,
                       const FunctionDecl &Helper) override;
  void endTranslationUnit() override;

private:
  /// What a use writes, once fmt adaptors, casts and std::to_string are
  /// looked through.
  struct Written {
    const Expr *Value = nullptr;
    SourceLocation Loc;
    StringRef How;
    std::string Field;
    bool Cast = false;
    bool ToString = false;
    wirecheck::FormatAdaptor Adaptor = wirecheck::FormatAdaptor::None;
  };
  /// A finding inside a generic helper, reported once with one note per
  /// enum type the helper is instantiated with.
  struct HelperFinding {
    SourceLocation Loc;
    std::string Helper;
    std::string Sink;
    llvm::SmallVector<std::pair<std::string, SourceLocation>, 2> Chain;
    llvm::SmallVector<std::pair<const EnumDecl *, SourceLocation>, 2> Enums;
  };

  std::optional<Written> unwrap(const wirecheck::SinkUse &Use) const;
  bool isIntegerEnum(const EnumDecl &ED) const;
  bool renderingPassedOver(const EnumDecl &ED, const Expr &Site,
                           const FunctionDecl *&Namer);
  bool numberIsTheInformation(const wirecheck::SinkUse &Use, const Expr &Value);
  void report(const wirecheck::SinkUse &Use, const Written &W,
              const EnumDecl &ED, bool InContainer, const FunctionDecl *Namer);
  void addFix(DiagnosticBuilder &D, const wirecheck::SinkUse &Use,
              const EnumDecl &ED);
  void recordHelperFinding(const wirecheck::SinkUse &Use, const Written &W,
                           const EnumDecl &ED);

  const std::string EnumToString;
  wirecheck::QualifiedName EnumToStringName;
  bool OfferFixes = false;
  const std::string AllowExplicitCastsText;
  bool AllowExplicitCasts = true;
  const std::string IntegerEnumsText;
  std::optional<llvm::Regex> IntegerEnums;
  const std::string LogSinkPolicyText;
  bool StrictLogSinks = false;
  std::vector<HelperFinding> HelperFindings;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
