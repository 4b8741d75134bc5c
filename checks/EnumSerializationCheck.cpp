//===--- EnumSerializationCheck.cpp - wire-enum-serialization -------------===//

#include "checks/EnumSerializationCheck.h"
#include "lib/sinks/TypeClassification.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace wirecheck;

namespace clang::tidy::wire {

EnumSerializationCheck::EnumSerializationCheck(StringRef Name,
                                               ClangTidyContext *Context)
    : SinkCheckBase(Name, Context),
      EnumToString(Options.get("EnumToString", "")),
      AllowExplicitCastsText(Options.get("AllowExplicitCasts", "true")),
      IntegerEnumsText(Options.get("IntegerEnums", "")) {
  std::vector<OptionError> Errors;
  AllowExplicitCasts =
      parseBool("AllowExplicitCasts", AllowExplicitCastsText, true, Errors);
  IntegerEnums = parseRegex("IntegerEnums", IntegerEnumsText, Errors);
  OfferFixes = !EnumToString.empty();
  if (std::optional<QualifiedName> N = QualifiedName::parse(EnumToString))
    EnumToStringName = std::move(*N);
  else if (OfferFixes) {
    OfferFixes = false;
    Errors.push_back({"EnumToString", EnumToString,
                      "is not a valid qualified name; no fix-its are offered"});
  }
  reportOptionErrors(Errors);
}

void EnumSerializationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  SinkCheckBase::storeOptions(Opts);
  Options.store(Opts, "EnumToString", EnumToString);
  Options.store(Opts, "AllowExplicitCasts",
                AllowExplicitCasts ? "true" : "false");
  Options.store(Opts, "IntegerEnums", IntegerEnumsText);
}

/// An explicit conversion of an enum to an integer: `static_cast<int>(e)`,
/// `int(e)`, `(int)e` or `std::to_underlying(e)`. Returns the enum operand.
static const Expr *explicitIntegerCastOperand(const Expr &E) {
  const Expr *Operand = nullptr;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(&E))
    Operand = Cast->getSubExpr();
  else if (const auto *Call = dyn_cast<CallExpr>(&E)) {
    if (isStdName(Call->getDirectCallee(), {"to_underlying"}) &&
        Call->getNumArgs() == 1)
      Operand = Call->getArg(0);
  }
  if (!Operand || !E.getType()->isIntegralOrEnumerationType() ||
      E.getType()->isEnumeralType())
    return nullptr;
  Operand = Operand->IgnoreParenImpCasts();
  return Operand->getType()->isEnumeralType() ? Operand : nullptr;
}

/// `std::to_string(e)` on an enum: an implicit conversion to the integer,
/// spelled as a string. Returns the enum operand.
static const Expr *toStringOperand(const Expr &E) {
  const auto *Call = dyn_cast<CallExpr>(&E);
  if (!Call || !isStdName(Call->getDirectCallee(), {"to_string"}) ||
      Call->getNumArgs() != 1)
    return nullptr;
  const Expr *Operand = Call->getArg(0)->IgnoreParenImpCasts();
  return Operand->getType()->isEnumeralType() ? Operand : nullptr;
}

bool EnumSerializationCheck::isCandidate(const Expr &Value) const {
  QualType T = Value.getType();
  if (T->isEnumeralType() || toStringOperand(Value))
    return true;
  if (!AllowExplicitCasts && explicitIntegerCastOperand(Value))
    return true;
  return isStandardContainer(T);
}

bool EnumSerializationCheck::isIntegerEnum(const EnumDecl &ED) const {
  if (hasAnnotation(ED, "wire::integer"))
    return true;
  return IntegerEnums && IntegerEnums->match(plainQualifiedName(ED));
}

bool EnumSerializationCheck::examine(const SinkUse &Use) {
  const Expr *Value = stripWriteConversions(Use.Arg);
  bool Cast = false;
  bool ToString = false;
  if (const Expr *Operand = toStringOperand(*Value)) {
    Value = Operand;
    ToString = true;
  } else if (const Expr *Operand = explicitIntegerCastOperand(*Value)) {
    if (AllowExplicitCasts)
      return true; // Deliberate: the author asked for the integer.
    Value = Operand;
    Cast = true;
  }
  bool InContainer = false;
  const EnumDecl *ED = findCarriedEnum(Value->getType(), InContainer);
  if (!ED || isIntegerEnum(*ED))
    return false;
  if (!Cast && !ToString &&
      Serializers->hasSerializer(*ED, serializerProtocol(Use.Family)))
    return true;
  const SourceLocation Loc = claimReport(Use);
  if (Loc.isInvalid())
    return true;

  std::string Sink = sinkDisplayName(Use);
  bool CanHaveSerializer =
      serializerProtocol(Use.Family) != SerializerProtocol::None;
  {
    auto D = diag(Loc, InContainer
                           ? "%0 holds enum '%1', which is written to %2 as "
                             "its integer value; %select{convert the "
                             "elements to strings or pass it through a "
                             "safe-serialization wrapper|pass it through a "
                             "safe-serialization wrapper or give the enum a "
                             "serializer}3"
                           : "enum '%1' is written to %2 as its integer "
                             "value%0; %select{convert it to a string or pass "
                             "it through a safe-serialization wrapper|pass it "
                             "through a safe-serialization wrapper or give it "
                             "a serializer}3");
    if (InContainer)
      D << Value->getType().getNonReferenceType().getUnqualifiedType();
    else
      D << (Cast       ? " by an explicit cast"
            : ToString ? " by std::to_string"
                       : "");
    D << plainQualifiedName(*ED) << Sink << CanHaveSerializer;

    // Wrap the argument in the configured conversion, when the argument is
    // the enum itself and its text is in the file.
    const SourceManager &SM = Ctx->getSourceManager();
    CharSourceRange Range = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(Use.Arg->getSourceRange()), SM,
        Ctx->getLangOpts());
    if (OfferFixes && !InContainer && !ToString &&
        Serializers->acceptsAsArgument(*ED, EnumToStringName) && !Cast &&
        Range.isValid()) {
      StringRef Text = Lexer::getSourceText(Range, SM, Ctx->getLangOpts());
      D << FixItHint::CreateReplacement(
          Range, (EnumToString + "(" + Text + ")").str());
    }
  }
  noteWrapperChain(Use);
  diag(ED->getLocation(), "enum '%0' declared here", DiagnosticIDs::Note)
      << plainQualifiedName(*ED);
  return true;
}

} // namespace clang::tidy::wire
