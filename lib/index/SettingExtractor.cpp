//===--- SettingExtractor.cpp - Setting keys read in a TU -----------------===//

#include "lib/index/SettingExtractor.h"
#include "lib/routes/RoutePattern.h"
#include "lib/routes/ServerScope.h"
#include "lib/routes/StringValues.h"
#include "lib/routes/TUIndexer.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/Support/Path.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace wirecheck {

/// The C library's readers of the environment, always known.
static const llvm::StringRef EnvReaders[] = {"getenv", "secure_getenv"};

std::string settingComponent(llvm::StringRef File, llvm::StringRef Root) {
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(File));
  llvm::sys::path::native(Dir, llvm::sys::path::Style::posix);
  llvm::SmallString<256> Base(Root);
  llvm::sys::path::native(Base, llvm::sys::path::Style::posix);
  llvm::StringRef D = Dir, B = llvm::StringRef(Base).rtrim('/');
  if (B.empty() || !D.starts_with(B))
    return D.str();
  llvm::StringRef Rest = D.drop_front(B.size());
  if (Rest.empty())
    return ".";
  // "/src2/x" is not under "/src".
  if (Rest.front() != '/')
    return D.str();
  return Rest.drop_front().str();
}

SettingExtractor::SettingExtractor(std::vector<FunctionSpec> Readers,
                                   std::string Root)
    : Readers(std::move(Readers)), Root(std::move(Root)) {}

void SettingExtractor::registerMatchers(MatchFinder &Finder) {
  std::vector<std::string> Names(std::begin(EnvReaders), std::end(EnvReaders));
  for (const FunctionSpec &S : Readers)
    if (!S.Name.Components.empty())
      Names.push_back(S.Name.Components.back());
  std::vector<llvm::StringRef> Refs(Names.begin(), Names.end());
  // getenv("JWT_SECRET"), config.get("JWT_SECRET"): any call of a reader's
  // name; run() checks the full name and resolves the key.
  Finder.addMatcher(
      callExpr(callee(functionDecl(hasAnyName(Refs)).bind("reader")))
          .bind("read"),
      this);
}

std::optional<unsigned>
SettingExtractor::keyArgument(const FunctionDecl &FD) const {
  for (const FunctionSpec &S : Readers)
    if (matchesName(FD, S.Name))
      return S.Index.value_or(0);
  // ::getenv, std::getenv (glibc's is ::getenv brought into std).
  const DeclContext *DC = FD.getDeclContext()->getRedeclContext();
  bool Global = DC->isTranslationUnit() || DC->isExternCContext();
  if (llvm::is_contained(EnvReaders, FD.getName()) &&
      (Global || isStdName(&FD, EnvReaders)))
    return 0;
  return std::nullopt;
}

void SettingExtractor::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("read");
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("reader");
  if (!Call || !FD || !FD->getIdentifier())
    return;
  const SourceManager &SM = *Result.SourceManager;
  // LLVM 19's finder still walks system headers: their reads are not the
  // project's settings.
  if (SM.isInSystemHeader(SM.getFileLoc(Call->getBeginLoc())))
    return;
  std::optional<unsigned> Index = keyArgument(*FD);
  // An operator call's first argument is its object.
  unsigned Shift = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  if (!Index || *Index + Shift >= Call->getNumArgs())
    return;
  const Expr *Arg = Call->getArg(*Index + Shift);
  std::optional<std::string> Key = resolveStringValue(Arg, *Result.Context);
  if (!Key || Key->empty() || llvm::StringRef(*Key).contains(UnknownChunk))
    return;
  SourcePosition P = realPosition(SM, Arg->getBeginLoc());
  if (P.File.empty())
    return;
  SettingRead R;
  R.Key = std::move(*Key);
  R.Component = settingComponent(P.File, Root);
  R.Loc = {P.File, P.Line, P.Column};
  R.Reader = FD->getName().str();
  Reads.push_back(std::move(R));
}

} // namespace wirecheck
