//===--- EnumSerializationCheck.cpp - wire-enum-serialization -------------===//

#include "checks/EnumSerializationCheck.h"
#include "lib/sinks/EnumRendering.h"
#include "lib/sinks/PrintfFormat.h"
#include "lib/sinks/SinkContext.h"
#include "lib/sinks/TypeClassification.h"
#include "lib/sinks/TypeSpelling.h"
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
      IntegerEnumsText(Options.get("IntegerEnums", "")),
      LogSinkPolicyText(Options.get("LogSinkPolicy", "named")) {
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
  StrictLogSinks = LogSinkPolicyText == "strict";
  if (!StrictLogSinks && LogSinkPolicyText != "named")
    Errors.push_back({"LogSinkPolicy", LogSinkPolicyText,
                      "is not 'named' or 'strict'; 'named' is used"});
  reportOptionErrors(Errors);
}

void EnumSerializationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  SinkCheckBase::storeOptions(Opts);
  Options.store(Opts, "EnumToString", EnumToString);
  Options.store(Opts, "AllowExplicitCasts",
                AllowExplicitCasts ? "true" : "false");
  Options.store(Opts, "IntegerEnums", IntegerEnumsText);
  Options.store(Opts, "LogSinkPolicy", StrictLogSinks ? "strict" : "named");
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

bool EnumSerializationCheck::isCandidate(const Expr &Value) const {
  QualType T = Value.getType();
  if (T->isEnumeralType() || enumToStringOperand(Value) ||
      enumToStringInConcatenation(Value))
    return true;
  FormatAdaptor Kind;
  if (formatAdaptorOperand(Value, Kind))
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

/// For a member written by `NLOHMANN_DEFINE_TYPE_*(Type, field...)`: the
/// field, and its spelling in the macro's arguments.
static std::string definedTypeField(const Expr &Value, const ASTContext &Ctx,
                                    SourceLocation &Spelling) {
  const auto *ME = dyn_cast<MemberExpr>(Value.IgnoreParenImpCasts());
  const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!FD || !ME->getBeginLoc().isMacroID())
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Macro = SM.getExpansionLoc(ME->getBeginLoc());
  StringRef Name = Lexer::getSourceText(CharSourceRange::getTokenRange(Macro),
                                        SM, Ctx.getLangOpts());
  if (!Name.starts_with("NLOHMANN_DEFINE_TYPE_"))
    return {};
  Spelling = SM.getFileLoc(ME->getMemberLoc());
  return "field '" + FD->getName().str() + "' of '" +
         plainQualifiedName(*FD->getParent()) + "'";
}

std::optional<EnumSerializationCheck::Written>
EnumSerializationCheck::unwrap(const SinkUse &Use) const {
  Written W;
  W.Value = stripWriteConversions(Use.Arg);
  const Expr *ReportAt = Use.Arg;
  if (const Expr *Operand = formatAdaptorOperand(*W.Value, W.Adaptor)) {
    W.Value = stripWriteConversions(Operand);
    ReportAt = Operand;
    if (W.Adaptor == FormatAdaptor::Underlying) {
      if (AllowExplicitCasts)
        return std::nullopt; // Deliberate: the author asked for the integer.
      W.Cast = true;
      W.How = " by fmt::underlying";
    } else if (W.Adaptor == FormatAdaptor::Streamed) {
      W.How = " through fmt::streamed";
    }
  } else if (const Expr *Operand = enumToStringOperand(*W.Value)) {
    W.Value = Operand;
    W.ToString = true;
  } else if (const CallExpr *Call = enumToStringInConcatenation(*W.Value)) {
    W.Value = enumToStringOperand(*Call);
    ReportAt = Call;
    W.ToString = true;
  } else if (const Expr *Operand = explicitIntegerCastOperand(*W.Value)) {
    if (AllowExplicitCasts)
      return std::nullopt; // Deliberate: the author asked for the integer.
    W.Value = Operand;
    W.Cast = true;
  }
  if (W.ToString)
    W.How = " by std::to_string";
  else if (W.Cast && W.How.empty())
    W.How = " by an explicit cast";
  W.Loc = reportLocation(*ReportAt);
  W.Field = definedTypeField(*W.Value, *Ctx, W.Loc);
  return W;
}

bool EnumSerializationCheck::renderingPassedOver(const EnumDecl &ED,
                                                 const Expr &Site,
                                                 const FunctionDecl *&Namer) {
  Namer = findEnumNamer(ED, nullptr);
  if (Namer)
    return true;
  if (OfferFixes && Serializers->acceptsAsArgument(ED, EnumToStringName))
    return true;
  for (const QualifiedName &Wrapper : SafeWrappers)
    if (Serializers->acceptsAsArgument(ED, Wrapper))
      return true;
  // A serializer for another sink family: the project knows a name.
  for (SerializerProtocol P :
       {SerializerProtocol::NlohmannToJson, SerializerProtocol::FmtFormatter,
        SerializerProtocol::StdFormatter, SerializerProtocol::Ostream,
        SerializerProtocol::AbslStringify})
    if (Serializers->hasSerializer(ED, P) &&
        !Serializers->catchAllSerializer(ED, P))
      return true;
  // Last, as it needs the parent map: a namer declared in a namespace around
  // the code that writes the value rather than around the enum.
  if (const DeclContext *DC = enclosingFunction(Site, *Ctx))
    Namer = findEnumNamer(ED, DC);
  return Namer != nullptr;
}

bool EnumSerializationCheck::numberIsTheInformation(const SinkUse &Use,
                                                    const Expr &Value) {
  if (isOnUnknownValuePath(*Use.Arg, Value, *Ctx))
    return true;
  llvm::SmallVector<const Expr *, 8> Others;
  if (Use.Call)
    coWrittenValues(*Use.Call, *Use.Arg, *Ctx, Others);
  if (llvm::any_of(Others,
                   [&](const Expr *O) { return namesValue(*O, Value); }))
    return true;
  // A printf protocol or command line: the enum's explicit integer
  // conversion sits among other numbers.
  std::optional<PrintfArgFormat> F = printfFormatOf(Use, *Ctx);
  return F && F->IntegerConversion &&
         (F->OtherIntegerConversions > 0 || F->LiteralHasDigits);
}

bool EnumSerializationCheck::examine(const SinkUse &Use) {
  std::optional<Written> W = unwrap(Use);
  if (!W)
    return true;
  bool InContainer = false;
  const EnumDecl *ED = findCarriedEnum(W->Value->getType(), InContainer);
  if (!ED || isIntegerEnum(*ED))
    return false;
  SerializerProtocol Protocol = W->Adaptor == FormatAdaptor::Streamed
                                    ? SerializerProtocol::Ostream
                                    : serializerProtocol(Use.Family);
  if (!W->Cast && !W->ToString && Serializers->hasSerializer(*ED, Protocol))
    return true;
  const FunctionDecl *Namer = nullptr;
  if (!StrictLogSinks && !isJsonFamily(Use.Family)) {
    // `named`: report only where a name was passed over, and never where
    // the number is what the line is about.
    if (!renderingPassedOver(*ED, *Use.Arg, Namer) ||
        numberIsTheInformation(Use, *W->Value))
      return true;
    if (Use.Helper) {
      recordHelperFinding(Use, *W, *ED);
      return true;
    }
  }
  if (isExemptUse(Use) || !firstReportAt(W->Loc))
    return true;
  report(Use, *W, *ED, InContainer, Namer);
  return true;
}

void EnumSerializationCheck::report(const SinkUse &Use, const Written &W,
                                    const EnumDecl &ED, bool InContainer,
                                    const FunctionDecl *Namer) {
  std::string Sink = sinkDisplayName(Use);
  bool CanHaveSerializer =
      serializerProtocol(Use.Family) != SerializerProtocol::None;
  {
    auto D = diag(W.Loc, InContainer
                             ? "%0 holds enum '%1', which is written to %2 as "
                               "its integer value; %select{convert the "
                               "elements to strings or pass it through a "
                               "safe-serialization wrapper|pass it through a "
                               "safe-serialization wrapper or give the enum a "
                               "serializer}3"
                             : "enum '%1' is written to %2 as its integer "
                               "value%0; %select{convert it to a string or "
                               "pass it through a safe-serialization "
                               "wrapper|pass it through a safe-serialization "
                               "wrapper or give it a serializer}3");
    if (InContainer)
      D << ("'" + userTypeName(W.Value->getType(), *Ctx) + "'" +
            (W.Field.empty() ? "" : " (" + W.Field + ")"));
    else
      D << (W.How.str() + (W.Field.empty() ? "" : " (" + W.Field + ")"));
    D << plainQualifiedName(ED) << Sink << CanHaveSerializer;
    if (!InContainer && !W.ToString && !W.Cast &&
        W.Adaptor == FormatAdaptor::None && W.Field.empty())
      addFix(D, Use, ED);
  }
  noteWrapperChain(Use);
  if (Namer)
    diag(Namer->getLocation(), "'%0' writes '%1' by name", DiagnosticIDs::Note)
        << plainQualifiedName(*Namer) << plainQualifiedName(ED);
  diag(ED.getLocation(), "enum '%0' declared here", DiagnosticIDs::Note)
      << plainQualifiedName(ED);
}

/// Returns true if every wrapper on the way to the sink takes the value as
/// a generic parameter, so that a string passed instead still compiles.
static bool onlyGenericWrappers(const SinkUse &Use) {
  for (const SinkUse *U = &Use; U->Inner; U = U->Inner)
    if (!U->Wrapper || !U->Wrapper->getTemplateInstantiationPattern())
      return false;
  return true;
}

void EnumSerializationCheck::addFix(DiagnosticBuilder &D, const SinkUse &Use,
                                    const EnumDecl &ED) {
  if (!OfferFixes || !Serializers->acceptsAsArgument(ED, EnumToStringName))
    return;
  const SourceManager &SM = Ctx->getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Use.Arg->getSourceRange()), SM,
      Ctx->getLangOpts());
  if (Range.isInvalid())
    return;
  std::string Wrapped =
      (EnumToString + "(" +
       Lexer::getSourceText(Range, SM, Ctx->getLangOpts()) + ")")
          .str();
  if (Use.Family != SinkFamily::Printf) {
    if (onlyGenericWrappers(Use))
      D << FixItHint::CreateReplacement(Range, Wrapped);
    return;
  }
  // printf: the conversion changes too, and only a NUL-terminated string
  // can be printed with %s.
  const auto *Call = dyn_cast_or_null<CallExpr>(Use.Call);
  const FunctionDecl *Fn = findNamedEnumNamer(ED, EnumToStringName);
  std::optional<PrintfArgFormat> F =
      Call && !Use.Inner ? analyzePrintfArg(*Call, *Use.Arg, *Ctx)
                         : std::nullopt;
  if (!Fn || !F || F->Spec.isInvalid())
    return;
  StringKind Kind = stringKind(Fn->getReturnType());
  if (Kind == StringKind::StdString)
    Wrapped += ".c_str()";
  else if (Kind != StringKind::CString)
    return;
  D << FixItHint::CreateReplacement(F->Spec, F->StringSpec)
    << FixItHint::CreateReplacement(Range, Wrapped);
}

/// A use that a forwarding wrapper passes on: a parameter pack or
/// `std::forward`. The caller chose to format the value.
static bool isForwardedUse(const SinkUse &Use, const FunctionDecl &Helper) {
  if (const auto *Call = dyn_cast<CallExpr>(Use.Arg->IgnoreParenImpCasts()))
    if (isStdName(Call->getDirectCallee(), {"forward"}))
      return true;
  const FunctionDecl *Pattern = Helper.getTemplateInstantiationPattern();
  return Pattern && llvm::any_of(Pattern->parameters(), [](const auto *P) {
           return P->isParameterPack();
         });
}

bool EnumSerializationCheck::examineInHelper(const SinkUse &Use,
                                             const FunctionDecl &Helper) {
  return !StrictLogSinks && !isJsonFamily(Use.Family) &&
         !isForwardedUse(Use, Helper);
}

void EnumSerializationCheck::recordHelperFinding(const SinkUse &Use,
                                                 const Written &W,
                                                 const EnumDecl &ED) {
  if (isExemptUse(Use))
    return;
  auto It = llvm::find_if(
      HelperFindings, [&](const HelperFinding &H) { return H.Loc == W.Loc; });
  if (It == HelperFindings.end()) {
    if (!firstReportAt(W.Loc))
      return;
    HelperFinding H{
        W.Loc, plainQualifiedName(*Use.Helper), sinkDisplayName(Use), {}, {}};
    for (const SinkUse *U = &Use; U->Inner; U = U->Inner)
      H.Chain.emplace_back(plainQualifiedName(*U->Wrapper),
                           reportLocation(*U->Inner->Arg));
    HelperFindings.push_back(std::move(H));
    It = std::prev(HelperFindings.end());
  }
  if (llvm::any_of(It->Enums, [&](const auto &E) { return E.first == &ED; }))
    return;
  SourceLocation At =
      Ctx->getSourceManager().getFileLoc(Use.Helper->getPointOfInstantiation());
  It->Enums.emplace_back(&ED, At);
}

void EnumSerializationCheck::endTranslationUnit() {
  if (HelperFindings.empty())
    return;
  const SourceManager &SM = Ctx->getSourceManager();
  for (HelperFinding &H : HelperFindings) {
    llvm::sort(H.Enums, [&](const auto &A, const auto &B) {
      return SM.isBeforeInTranslationUnit(A.second, B.second);
    });
    diag(H.Loc, "enum values are written to %0 as their integer value in "
                "generic helper '%1'; convert them to strings in the helper "
                "or give the enums a serializer")
        << H.Sink << H.Helper;
    for (const auto &[Wrapper, Loc] : H.Chain)
      diag(Loc, "'%0' passes the value to %1 here", DiagnosticIDs::Note)
          << Wrapper << H.Sink;
    for (const auto &[ED, Loc] : H.Enums)
      diag(Loc, "'%0' is instantiated with enum '%1' here", DiagnosticIDs::Note)
          << H.Helper << plainQualifiedName(*ED);
  }
  HelperFindings.clear();
}

} // namespace clang::tidy::wire
