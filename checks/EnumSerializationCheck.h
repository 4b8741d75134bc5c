//===--- EnumSerializationCheck.h - wire-enum-serialization -----*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
#define WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H

#include "checks/SinkCheckBase.h"
#include "lib/sinks/FormatAdaptors.h"
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
  bool examineInHelper(const SinkUse &Use,
                       const clang::FunctionDecl &Helper) override;
  void finishTranslationUnit() override;

private:
  /// What a use writes, once fmt adaptors, casts and std::to_string are
  /// looked through.
  struct Written {
    const clang::Expr *Value = nullptr;
    clang::SourceLocation Loc;
    llvm::StringRef How;
    std::string Field;
    bool Cast = false;
    bool ToString = false;
    FormatAdaptor Adaptor = FormatAdaptor::None;
  };
  /// A finding inside a generic helper, reported once with one note per
  /// enum type the helper is instantiated with.
  struct HelperFinding {
    clang::SourceLocation Loc;
    std::string Helper;
    std::string Sink;
    llvm::SmallVector<std::pair<std::string, clang::SourceLocation>, 2> Chain;
    llvm::SmallVector<std::pair<const clang::EnumDecl *, clang::SourceLocation>,
                      2>
        Enums;
  };

  std::optional<Written> unwrap(const SinkUse &Use) const;
  bool isIntegerEnum(const clang::EnumDecl &ED) const;
  bool renderingPassedOver(const clang::EnumDecl &ED, const clang::Expr &Site,
                           const clang::FunctionDecl *&Namer);
  bool numberIsTheInformation(const SinkUse &Use, const clang::Expr &Value);
  void report(const SinkUse &Use, const Written &W, const clang::EnumDecl &ED,
              bool InContainer, const clang::FunctionDecl *Namer);
  void addFix(clang::DiagnosticBuilder &D, const SinkUse &Use,
              const clang::EnumDecl &ED);
  void recordHelperFinding(const SinkUse &Use, const Written &W,
                           const clang::EnumDecl &ED);

  const std::string EnumToString;
  QualifiedName EnumToStringName;
  bool OfferFixes = false;
  const std::string AllowExplicitCastsText;
  bool AllowExplicitCasts = true;
  const std::string IntegerEnumsText;
  std::optional<llvm::Regex> IntegerEnums;
  const std::string LogSinkPolicyText;
  bool StrictLogSinks = false;
  std::vector<HelperFinding> HelperFindings;
};

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_ENUMSERIALIZATIONCHECK_H
