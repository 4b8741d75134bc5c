//===--- FormatAdaptors.cpp - Values wrapped on their way to a sink -------===//

#include "lib/sinks/FormatAdaptors.h"
#include "lib/sinks/SinkFlow.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

const Expr *formatAdaptorOperand(const Expr &E, FormatAdaptor &Kind) {
  Kind = FormatAdaptor::None;
  const auto *Call = dyn_cast<CallExpr>(&E);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD || !FD->getIdentifier() || !isInNamespace(*FD, "fmt") ||
      isa<CXXMethodDecl>(FD))
    return nullptr;
  StringRef Name = FD->getName();
  unsigned N = Call->getNumArgs();
  if (Name == "arg" && N == 2) {
    Kind = FormatAdaptor::NamedArg;
    return Call->getArg(1);
  }
  if (Name == "join" && N == 2) {
    Kind = FormatAdaptor::Join;
    return Call->getArg(0);
  }
  if (Name == "streamed" && N == 1) {
    Kind = FormatAdaptor::Streamed;
    return Call->getArg(0);
  }
  if (Name == "underlying" && N == 1) {
    Kind = FormatAdaptor::Underlying;
    return Call->getArg(0);
  }
  return nullptr;
}

const Expr *enumToStringOperand(const Expr &E) {
  const auto *Call = dyn_cast<CallExpr>(&E);
  if (!Call || !isStdName(Call->getDirectCallee(), {"to_string"}) ||
      Call->getNumArgs() != 1)
    return nullptr;
  const Expr *Operand = Call->getArg(0)->IgnoreParenImpCasts();
  return Operand->getType()->isEnumeralType() ? Operand : nullptr;
}

static const CallExpr *findInConcatenation(const Expr &E, unsigned Depth) {
  const Expr *Stripped = stripWriteConversions(&E);
  if (enumToStringOperand(*Stripped))
    return cast<CallExpr>(Stripped);
  const auto *Plus = dyn_cast<CXXOperatorCallExpr>(Stripped);
  if (!Plus || Plus->getOperator() != OO_Plus || Plus->getNumArgs() != 2 ||
      Depth > 16)
    return nullptr;
  for (const Expr *Side : Plus->arguments())
    if (const CallExpr *Found = findInConcatenation(*Side, Depth + 1))
      return Found;
  return nullptr;
}

const CallExpr *enumToStringInConcatenation(const Expr &E) {
  const auto *Plus = dyn_cast<CXXOperatorCallExpr>(stripWriteConversions(&E));
  if (!Plus || Plus->getOperator() != OO_Plus)
    return nullptr;
  return findInConcatenation(*Plus, 0);
}

} // namespace wirecheck
