//===--- ObjectSerializationCheck.cpp - wire-object-serialization ---------===//

#include "checks/ObjectSerializationCheck.h"
#include "lib/sinks/ObjectRendering.h"
#include "lib/sinks/PrintfFormat.h"
#include "lib/sinks/TypeClassification.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace wirecheck;

namespace clang::tidy::wire {

// Strings, string views, the JSON value types themselves and the chrono
// types, which every supported library formats.
static constexpr char DefaultSafeTypes[] =
    "^(std::(basic_string|basic_string_view|chrono::.*|filesystem::path)|"
    "nlohmann::(basic_json|json_pointer|ordered_map|detail::json_ref)|"
    "Json::(Value|StaticString)|"
    "rapidjson::(GenericValue|GenericDocument|GenericStringRef)|"
    "fmt::(basic_string_view|join_view|.*_formatter)|"
    "absl::(string_view|AlphaNum|Cord))$";

ObjectSerializationCheck::ObjectSerializationCheck(StringRef Name,
                                                   ClangTidyContext *Context)
    : SinkCheckBase(Name, Context),
      SensitiveTypesText(Options.get("SensitiveTypes", "")),
      SafeTypesText(Options.get("SafeTypes", DefaultSafeTypes)),
      StrictObjectsText(Options.get("StrictObjects", "false")) {
  std::vector<OptionError> Errors;
  SensitiveTypes = parseRegex("SensitiveTypes", SensitiveTypesText, Errors);
  SafeTypes = parseRegex("SafeTypes", SafeTypesText, Errors);
  StrictObjects = parseBool("StrictObjects", StrictObjectsText, false, Errors);
  reportOptionErrors(Errors);
  enableProjectInserters();
}

void ObjectSerializationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  SinkCheckBase::storeOptions(Opts);
  Options.store(Opts, "SensitiveTypes", SensitiveTypesText);
  Options.store(Opts, "SafeTypes", SafeTypesText);
  Options.store(Opts, "StrictObjects", StrictObjects ? "true" : "false");
}

bool ObjectSerializationCheck::isCandidate(const Expr &Value) const {
  // Cheap: every class or pointer, and every value produced by a
  // conversion operator. examine() decides.
  QualType T = Value.getType();
  if (T->isRecordType() || T->isPointerType())
    return true;
  const auto *Call = dyn_cast<CXXMemberCallExpr>(&Value);
  return Call && isa_and_nonnull<CXXConversionDecl>(Call->getMethodDecl());
}

ObjectSerializationCheck::TypeTraits
ObjectSerializationCheck::traitsOf(const CXXRecordDecl &RD) {
  auto [It, Inserted] = TypeCache.try_emplace(RD.getCanonicalDecl());
  if (!Inserted)
    return It->second;
  std::string Name = plainQualifiedName(RD);
  TypeTraits &Traits = It->second;
  Traits.Sensitive = SensitiveTypes && SensitiveTypes->match(Name);
  Traits.Safe = SafeTypes && SafeTypes->match(Name);
  return Traits;
}

std::string ObjectSerializationCheck::wrapperHint() const {
  if (SafeWrappers.empty())
    return "a safe-serialization wrapper";
  return joinQuotedNames(SafeWrappers);
}

void ObjectSerializationCheck::finish(const SinkUse &Use,
                                      const NamedDecl *Declared,
                                      StringRef What) {
  noteWrapperChain(Use);
  if (Declared && Declared->getLocation().isValid())
    diag(Declared->getLocation(), "%0 declared here", DiagnosticIDs::Note)
        << What;
}

/// The catch-all serializer that writes \p Class for \p Use: the sink
/// itself (a catch-all stream inserter) or the one the sink's protocol finds.
const FunctionDecl *
ObjectSerializationCheck::catchAllFor(const SinkUse &Use,
                                      const CXXRecordDecl &Class,
                                      SerializerProtocol Protocol) {
  if (Use.Family == SinkFamily::Ostream && isCatchAllSerializer(*Use.Sink, 1))
    return Use.Sink;
  return Serializers->catchAllSerializer(Class, Protocol);
}

const CXXConversionDecl *
ObjectSerializationCheck::writtenConversion(const SinkUse &Use,
                                            const CXXRecordDecl *Direct) {
  const CXXConversionDecl *Conversion = implicitConversionOperator(*Use.Arg);
  // fmt converts a class without a formatter to a string view itself.
  if (!Conversion && Direct &&
      (Use.Family == SinkFamily::Fmt || Use.Family == SinkFamily::Spdlog) &&
      !isSafeType(*Direct) &&
      !Serializers->hasSerializer(*Direct, SerializerProtocol::FmtFormatter))
    Conversion = stringViewConversion(*Direct);
  // A string class converted to text writes its own text, a value wrapper
  // converted to its number its own value.
  if (Conversion &&
      (convertsToOwnText(*Conversion) || convertsToWrappedNumber(*Conversion)))
    return nullptr;
  return Conversion;
}

bool ObjectSerializationCheck::reportsAddress(const SinkUse &Use,
                                              const Expr &Value, QualType T) {
  // An address in a JSON document is never the value that was meant.
  if (isJsonFamily(Use.Family))
    return true;
  // The project's own inserter for a pointer type writes what it chooses.
  if (Use.Family == SinkFamily::Ostream && isProjectInserter(*Use.Sink) &&
      !isCatchAllSerializer(*Use.Sink, 1))
    return false;
  if (addressAskedFor(Use, Value))
    return false;
  // In logs most addresses are identities on purpose; by default only one
  // that stands in for an object with a serializer of its own is reported.
  return StrictObjects || pointeeWasMeant(T, Use.Family, *Serializers);
}

bool ObjectSerializationCheck::addressAskedFor(const SinkUse &Use,
                                               const Expr &Value) {
  if (isIntendedAddress(Value))
    return true;
  // `printf("%p", p)`: the conversion asks for the address.
  std::optional<PrintfArgFormat> F = printfFormatOf(Use, *Ctx);
  return F && F->PointerConversion;
}

ObjectSerializationCheck::Finding
ObjectSerializationCheck::findProblem(const SinkUse &Use, const Expr &Value,
                                      QualType T) {
  // In order of precedence.
  Finding F;
  F.Class = findCarriedClass(
      T, [&](const CXXRecordDecl &RD) { return isSensitive(RD); },
      F.InContainer);
  if (F.Class) {
    F.What = Kind::Sensitive;
    return F;
  }
  F.Conversion = writtenConversion(Use, T->getAsCXXRecordDecl());
  if (F.Conversion) {
    F.What = Kind::Conversion;
    F.Class = F.Conversion->getParent();
    return F;
  }
  if (Use.Family == SinkFamily::Ostream && writesTextAsAddress(*Use.Sink, T)) {
    F.What = Kind::TextAsAddress;
    return F;
  }
  F.Address = addressKind(T);
  if (F.Address != AddressKind::None) {
    if (reportsAddress(Use, Value, T)) {
      F.What = Kind::Address;
      return F;
    }
    // The author asked for the address: nothing to report, even under
    // StrictObjects.
    if (!isJsonFamily(Use.Family) && addressAskedFor(Use, Value))
      return F;
  }
  const CXXRecordDecl *Direct = T->getAsCXXRecordDecl();
  if (Direct && !isSafeType(*Direct)) {
    F.CatchAll = catchAllFor(Use, *Direct, serializerProtocol(Use.Family));
    if (F.CatchAll) {
      F.What = Kind::CatchAll;
      F.Class = Direct;
      return F;
    }
  }
  if (StrictObjects) {
    F.Class = findCarriedClass(
        T, [&](const CXXRecordDecl &RD) { return !isSafeType(RD); },
        F.InContainer);
    // A value wrapper converted to its number is still an object.
    const CXXConversionDecl *Conversion = implicitConversionOperator(*Use.Arg);
    if (!F.Class && Conversion && convertsToWrappedNumber(*Conversion) &&
        !isSafeType(*Conversion->getParent()))
      F.Class = Conversion->getParent();
    if (F.Class)
      F.What = Kind::Strict;
  }
  return F;
}

bool ObjectSerializationCheck::examine(const SinkUse &Use) {
  const Expr *Value = stripWriteConversions(Use.Arg);
  if (Value->containsErrors() || Value->isTypeDependent())
    return true;
  if (const auto *Call = dyn_cast<CallExpr>(Value->IgnoreParenImpCasts()))
    if (isSafeWrapperCall(*Call))
      return true;
  QualType T = Value->getType().getNonReferenceType();
  Finding F = findProblem(Use, *Value, T);
  if (F.What == Kind::None)
    return false;
  const SourceLocation Loc = claimReport(Use);
  if (Loc.isValid())
    report(Use, F, T, Loc);
  return true;
}

void ObjectSerializationCheck::report(const SinkUse &Use, const Finding &F,
                                      QualType T, SourceLocation Loc) {
  std::string Sink = sinkDisplayName(Use);
  QualType Shown = T.getUnqualifiedType();
  switch (F.What) {
  case Kind::None:
    return;
  case Kind::Sensitive:
    diag(Loc, "%select{|%1 holding }0sensitive type '%2' is written to %3 "
              "unredacted; pass it through %4")
        << F.InContainer << Shown << plainQualifiedName(*F.Class) << Sink
        << wrapperHint();
    finish(Use, F.Class,
           "sensitive type '" + plainQualifiedName(*F.Class) + "'");
    return;
  case Kind::Conversion:
    diag(Loc, "'%0' is written to %1 as %2 through its implicit conversion "
              "operator; give it a serializer or pass it through %3")
        << plainQualifiedName(*F.Class) << Sink
        << F.Conversion->getConversionType() << wrapperHint();
    finish(Use, F.Conversion, "conversion operator");
    return;
  case Kind::Address:
    if (F.Address == AddressKind::RawPointer)
      diag(Loc, "pointer to %0 is written to %1 as an address; write the "
                "object it points to, or pass it through %2")
          << T->getPointeeType().getUnqualifiedType() << Sink << wrapperHint();
    else
      diag(Loc, "%0 is written to %1 as an address; write the object it "
                "points to, or pass it through %2")
          << Shown << Sink << wrapperHint();
    finish(Use, nullptr, "");
    return;
  case Kind::TextAsAddress:
    diag(Loc, "C string is written to %0 as an address: the member "
              "'operator<<(const void *)' is called explicitly; write it "
              "with '<<' as an operator to write its text")
        << Sink;
    finish(Use, nullptr, "");
    return;
  case Kind::CatchAll: {
    diag(Loc, "'%0' is written to %1 by the catch-all serializer '%2'; give "
              "the type a serializer of its own or pass it through %3")
        << plainQualifiedName(*F.Class) << Sink
        << plainQualifiedName(*F.CatchAll) << wrapperHint();
    const FunctionDecl *Pattern = F.CatchAll->getTemplateInstantiationPattern();
    finish(Use, Pattern ? Pattern : F.CatchAll, "catch-all serializer");
    return;
  }
  case Kind::Strict:
    diag(Loc, "%select{|%1 holding }0object of type '%2' is written to %3 "
              "without going through %4")
        << F.InContainer << Shown << plainQualifiedName(*F.Class) << Sink
        << wrapperHint();
    finish(Use, nullptr, "");
    return;
  }
  llvm_unreachable("unknown finding");
}

} // namespace clang::tidy::wire
