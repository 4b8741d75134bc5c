//===--- SinkCatalogue.cpp - Where values leave the process ---------------===//

#include "lib/sinks/SinkCatalogue.h"
#include "lib/sinks/NonValues.h"
#include "lib/sinks/SerializerLookup.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

namespace {
using Positions = SinkCatalogue::Positions;

/// One row of the built-in catalogue. `Name` names a function, a method, or
/// (with IsConstructor) a class whose converting constructors are sinks.
struct BuiltinSink {
  const char *Name;
  SinkFamily Family;
  Positions Pos;
  unsigned First;
  bool IsConstructor;
};
} // namespace

// clang-format off
static const BuiltinSink BuiltinSinks[] = {
    // nlohmann::json: the converting constructor covers `json j = e`,
    // `j["k"] = e`, `j = e`, push_back and insert; json_ref covers brace
    // lists, `json::array({...})` and `json::object({...})`.
    {"::nlohmann::basic_json", SinkFamily::NlohmannJson, Positions::Generic, 0, true},
    {"::nlohmann::detail::json_ref", SinkFamily::NlohmannJson, Positions::Generic, 0, true},
    {"::nlohmann::basic_json::emplace_back", SinkFamily::NlohmannJson, Positions::Generic, 0, false},
    {"::nlohmann::basic_json::emplace", SinkFamily::NlohmannJson, Positions::Generic, 0, false},
    // RapidJSON.
    {"::rapidjson::GenericValue", SinkFamily::RapidJson, Positions::All, 0, true},
    {"::rapidjson::GenericValue::AddMember", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::PushBack", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::Set", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetInt", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetUint", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetInt64", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetUint64", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetDouble", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetFloat", SinkFamily::RapidJson, Positions::All, 0, false},
    {"::rapidjson::GenericValue::SetBool", SinkFamily::RapidJson, Positions::All, 0, false},
    // jsoncpp: `Json::Value v(e)` and `root["k"] = e` (through the
    // converting constructor), append().
    {"::Json::Value", SinkFamily::JsonCpp, Positions::All, 0, true},
    {"::Json::Value::append", SinkFamily::JsonCpp, Positions::All, 0, false},
    // fmt.
    {"::fmt::format", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::format_to", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::format_to_n", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::formatted_size", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::print", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::println", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::sprintf", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::fprintf", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::printf", SinkFamily::Fmt, Positions::Generic, 0, false},
    {"::fmt::make_format_args", SinkFamily::Fmt, Positions::Generic, 0, false},
    // spdlog: free functions, logger methods; SPDLOG_* macros expand to
    // logger::log.
    {"::spdlog::trace", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::debug", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::info", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::warn", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::error", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::critical", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::log", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::trace", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::debug", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::info", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::warn", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::error", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::critical", SinkFamily::Spdlog, Positions::Generic, 0, false},
    {"::spdlog::logger::log", SinkFamily::Spdlog, Positions::Generic, 0, false},
    // std::format and std::print.
    {"::std::format", SinkFamily::StdFormat, Positions::Generic, 0, false},
    {"::std::format_to", SinkFamily::StdFormat, Positions::Generic, 0, false},
    {"::std::format_to_n", SinkFamily::StdFormat, Positions::Generic, 0, false},
    {"::std::formatted_size", SinkFamily::StdFormat, Positions::Generic, 0, false},
    {"::std::print", SinkFamily::StdFormat, Positions::Generic, 0, false},
    {"::std::println", SinkFamily::StdFormat, Positions::Generic, 0, false},
    {"::std::make_format_args", SinkFamily::StdFormat, Positions::Generic, 0, false},
    // The printf family (functions with a printf format attribute are added
    // by classify()).
    {"printf", SinkFamily::Printf, Positions::CVariadic, 0, false},
    {"fprintf", SinkFamily::Printf, Positions::CVariadic, 0, false},
    {"sprintf", SinkFamily::Printf, Positions::CVariadic, 0, false},
    {"snprintf", SinkFamily::Printf, Positions::CVariadic, 0, false},
    {"dprintf", SinkFamily::Printf, Positions::CVariadic, 0, false},
    {"syslog", SinkFamily::Printf, Positions::CVariadic, 0, false},
    // Output streams: member inserters take the value as parameter 0, free
    // ones as parameter 1. Covers std::cout, string streams, glog LOG() and
    // Boost.Log record streams.
    {"::std::basic_ostream::operator<<", SinkFamily::Ostream, Positions::All, 0, false},
    {"::std::operator<<", SinkFamily::Ostream, Positions::All, 1, false},
    {"::boost::log::basic_formatting_ostream::operator<<", SinkFamily::Ostream, Positions::All, 0, false},
    {"::boost::log::operator<<", SinkFamily::Ostream, Positions::All, 1, false},
    // Abseil.
    {"::absl::StrCat", SinkFamily::Absl, Positions::All, 0, false},
    {"::absl::StrAppend", SinkFamily::Absl, Positions::All, 1, false},
    {"::absl::StrFormat", SinkFamily::Absl, Positions::Generic, 0, false},
    {"::absl::Substitute", SinkFamily::Absl, Positions::All, 1, false},
};
// clang-format on

/// The top-level namespaces of the libraries above and of the libraries
/// whose functions may receive values on their way to a sink.
static constexpr StringRef LibraryNamespaces[] = {
    "std", "nlohmann", "fmt", "spdlog", "rapidjson", "Json", "boost", "absl",
    "google", "httplib", "crow", "drogon", "Pistache", "web", "oatpp",
    "websocketpp", "magic_enum",
    // Test frameworks: their printers write to a test log (UnitTest is
    // UnitTest++'s).
    "testing", "Catch", "doctest", "UnitTest"};

bool isInLibraryNamespace(const Decl &D) {
  return llvm::is_contained(LibraryNamespaces, topLevelNamespace(D));
}

namespace {
struct ParsedBuiltin {
  QualifiedName Name;
  const BuiltinSink *Row;
};
} // namespace

static const std::vector<ParsedBuiltin> &parsedBuiltins() {
  static const std::vector<ParsedBuiltin> Parsed = [] {
    std::vector<ParsedBuiltin> Result;
    for (const BuiltinSink &Row : BuiltinSinks) {
      std::optional<QualifiedName> N = QualifiedName::parse(Row.Name);
      assert(N && "malformed built-in sink name");
      Result.push_back({std::move(*N), &Row});
    }
    return Result;
  }();
  return Parsed;
}

SinkCatalogue::SinkCatalogue(std::vector<FunctionSpec> LogSinks,
                             std::vector<FunctionSpec> JsonSinks)
    : LogSinks(std::move(LogSinks)), JsonSinks(std::move(JsonSinks)) {}

bool isProjectInserter(const FunctionDecl &FD) {
  if (FD.getOverloadedOperator() != OO_LessLess || FD.getNumParams() != 2 ||
      isa<CXXMethodDecl>(FD) ||
      FD.getASTContext().getSourceManager().isInSystemHeader(FD.getLocation()))
    return false;
  QualType Stream = FD.getParamDecl(0)->getType().getNonReferenceType();
  const CXXRecordDecl *RD = Stream->getAsCXXRecordDecl();
  return isStdName(RD, {"basic_ostream"});
}

SinkCatalogue::CalleeInfo SinkCatalogue::classify(const FunctionDecl &FD) {
  CalleeInfo Info;
  // Project sinks first: they may name a function in any namespace.
  for (const auto *Specs : {&JsonSinks, &LogSinks}) {
    for (const FunctionSpec &Spec : *Specs) {
      if (!matchesName(FD, Spec.Name))
        continue;
      if (!Indices.fits(FD, Spec,
                        Specs == &JsonSinks ? "JsonSinks" : "LogSinks"))
        continue;
      Info.Pos = Positions::All;
      Info.First = Spec.Index.value_or(0);
      Info.Family = Specs == &JsonSinks ? SinkFamily::ProjectJson
                                        : SinkFamily::ProjectLog;
      return Info;
    }
  }

  const NamedDecl *Named = &FD;
  bool IsConstructor = isa<CXXConstructorDecl>(FD);
  if (IsConstructor) {
    const auto *Ctor = cast<CXXConstructorDecl>(&FD);
    if (Ctor->isCopyOrMoveConstructor())
      return Info;
    Named = Ctor->getParent();
  }
  for (const ParsedBuiltin &B : parsedBuiltins()) {
    if (B.Row->IsConstructor != IsConstructor || !matchesName(*Named, B.Name))
      continue;
    Info.Pos = B.Row->Pos;
    Info.Family = B.Row->Family;
    Info.First = B.Row->First;
    return Info;
  }

  // A project's stream inserter.
  if (ProjectInserters && isProjectInserter(FD)) {
    Info.Pos = Positions::All;
    Info.Family = SinkFamily::Ostream;
    Info.First = 1;
    return Info;
  }

  // Any function declared with a printf format attribute.
  if (const auto *Format = FD.getAttr<FormatAttr>()) {
    if (Format->getType() && Format->getType()->getName() == "printf" &&
        FD.isVariadic()) {
      Info.Pos = Positions::CVariadic;
      Info.Family = SinkFamily::Printf;
    }
  }
  return Info;
}

const SinkCatalogue::CalleeInfo &SinkCatalogue::lookup(const FunctionDecl &FD) {
  auto [It, Inserted] = Cache.try_emplace(&FD);
  if (Inserted)
    It->second = classify(FD);
  return It->second;
}

bool SinkCatalogue::isSink(const FunctionDecl &FD) {
  return lookup(FD).Pos != Positions::None;
}

/// Returns the parameter of the template pattern of \p FD that the
/// instantiated parameter \p Index comes from (packs expand to many).
static const ParmVarDecl *patternParam(const FunctionDecl &FD, unsigned Index) {
  const FunctionDecl *Pattern = FD.getTemplateInstantiationPattern();
  if (!Pattern)
    return Index < FD.getNumParams() ? FD.getParamDecl(Index) : nullptr;
  unsigned Instantiated = 0;
  for (const ParmVarDecl *P : Pattern->parameters()) {
    if (P->isParameterPack())
      return P; // A pack absorbs every remaining parameter.
    if (Instantiated == Index)
      return P;
    ++Instantiated;
  }
  return nullptr;
}

/// A parameter of template type: `T`, `T&&`, `const T&`, or a pack of them.
static bool isGenericParam(const ParmVarDecl &P) {
  QualType T = P.getType().getNonReferenceType();
  if (const auto *Expansion = T->getAs<PackExpansionType>())
    T = Expansion->getPattern().getNonReferenceType();
  return T->getAs<TemplateTypeParmType>() != nullptr;
}

/// The library expects exactly an enum here (`basic_json(value_t)`,
/// `GenericValue(Type)`, `logger::log(level_enum, ...)`): not a conversion.
static bool takesEnumByDesign(const ParmVarDecl &P) {
  return P.getType().getNonReferenceType()->isEnumeralType();
}

const FunctionDecl *calleeOf(const Expr &Call) {
  if (const auto *CE = dyn_cast<CallExpr>(&Call))
    return CE->getDirectCallee();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call))
    return Construct->getConstructor();
  return nullptr;
}

llvm::ArrayRef<const Expr *> callArguments(const Expr &Call) {
  if (const auto *CE = dyn_cast<CallExpr>(&Call))
    return {CE->getArgs(), CE->getNumArgs()};
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Call))
    return {Construct->getArgs(), Construct->getNumArgs()};
  return {};
}

/// The offset between argument and parameter indices.
static unsigned objectArgumentOffset(const Expr &Call,
                                     const FunctionDecl &Callee) {
  if (!isa<CXXOperatorCallExpr>(Call))
    return 0;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
  return Method && Method->isImplicitObjectMemberFunction() ? 1 : 0;
}

const Expr *argumentForParam(const Expr &Call, const FunctionDecl &Callee,
                             unsigned ParamIndex) {
  llvm::ArrayRef<const Expr *> Args = callArguments(Call);
  unsigned ArgIndex = ParamIndex + objectArgumentOffset(Call, Callee);
  if (ArgIndex >= Args.size() || isa<CXXDefaultArgExpr>(Args[ArgIndex]))
    return nullptr;
  return Args[ArgIndex];
}

void SinkCatalogue::collectSinkArgs(const Expr &E,
                                    llvm::SmallVectorImpl<SinkArg> &Out) {
  const FunctionDecl *Callee = calleeOf(E);
  if (!Callee)
    return;
  const CalleeInfo &Info = lookup(*Callee);
  if (Info.Pos == Positions::None || isUnevaluatedOperand(E))
    return;
  llvm::ArrayRef<const Expr *> Args = callArguments(E);
  unsigned Offset = objectArgumentOffset(E, *Callee);
  unsigned NumParams = Callee->getNumParams();
  for (unsigned ArgIndex = Offset; ArgIndex < Args.size(); ++ArgIndex) {
    const Expr *Arg = Args[ArgIndex];
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    unsigned ParamIndex = ArgIndex - Offset;
    bool Written = false;
    if (ParamIndex >= NumParams) {
      // Through a C `...`.
      Written = Info.Pos == Positions::CVariadic || Info.Pos == Positions::All;
    } else if (Info.Pos == Positions::All) {
      const ParmVarDecl *P = patternParam(*Callee, ParamIndex);
      Written = ParamIndex >= Info.First && P && !takesEnumByDesign(*P) &&
                !copiesStreamContents(*Callee->getParamDecl(ParamIndex));
    } else if (Info.Pos == Positions::Generic) {
      const ParmVarDecl *P = patternParam(*Callee, ParamIndex);
      Written = P && isGenericParam(*P);
    }
    if (Written && !isConstructionTag(*Arg, Info.Family))
      Out.push_back({Arg, Info.Family, Callee, &E});
  }
}

} // namespace wirecheck
