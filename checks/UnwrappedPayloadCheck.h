//===--- UnwrappedPayloadCheck.h - wire-unwrapped-payload -------*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_UNWRAPPEDPAYLOADCHECK_H
#define WIRECHECK_CHECKS_UNWRAPPEDPAYLOADCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/payload/PayloadFlow.h"
#include "lib/support/OptionLists.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::wire {

/// Flags payloads passed to a designated transport sink that are not the
/// output of a required wrapper on every path.
///
/// For the user-facing documentation see:
/// docs/checks/unwrapped-payload.md
class UnwrappedPayloadCheck : public ClangTidyCheck {
public:
  UnwrappedPayloadCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void report(const wirecheck::PayloadFinding &Finding);

  const std::string PayloadSinksText;
  const std::string RequiredWrapperText;
  std::vector<wirecheck::FunctionSpec> PayloadSinks;
  std::vector<wirecheck::QualifiedName> RequiredWrappers;
  std::string WrapperNames;

  ASTContext *Ctx = nullptr;
  std::unique_ptr<wirecheck::PayloadFlow> Flow;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_UNWRAPPEDPAYLOADCHECK_H
