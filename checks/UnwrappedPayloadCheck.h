//===--- UnwrappedPayloadCheck.h - wire-unwrapped-payload -------*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_UNWRAPPEDPAYLOADCHECK_H
#define WIRECHECK_CHECKS_UNWRAPPEDPAYLOADCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/support/OptionLists.h"
#include "lib/payload/PayloadFlow.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace wirecheck {

/// Flags payloads passed to a designated transport sink that are not the
/// output of a required wrapper on every path.
///
/// For the user-facing documentation see:
/// docs/checks/unwrapped-payload.md
class UnwrappedPayloadCheck : public clang::tidy::ClangTidyCheck {
public:
  UnwrappedPayloadCheck(llvm::StringRef Name,
                        clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(
      const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void report(const PayloadFinding &Finding);

  const std::string PayloadSinksText;
  const std::string RequiredWrapperText;
  std::vector<FunctionSpec> PayloadSinks;
  std::vector<QualifiedName> RequiredWrappers;
  std::string WrapperNames;

  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<PayloadFlow> Flow;
  llvm::DenseSet<clang::SourceLocation> Reported;
};

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_UNWRAPPEDPAYLOADCHECK_H
