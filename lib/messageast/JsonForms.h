//===--- JsonForms.h - JSON library types and expression forms --*- C++ -*-===//
//
// Owns what the message extractor knows about the three JSON libraries:
// which types are JSON values (nlohmann::basic_json, Json::Value, RapidJSON's
// GenericValue and GenericDocument), which expressions name a member of one
// (`j["k"]`, `j.at("k")`, `j.value("k", d)`, `j.contains("k")`,
// `v.isMember("k")`, `d.HasMember("k")`, `d.AddMember("k", v, a)`, ...),
// which only convert a value (`.get<std::string>()`, `.asString()`,
// `.GetString()`, `std::string(...)`), and nlohmann's brace-initialised
// objects (`json{{"type", "x"}, {"id", 1}}`).
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGEAST_JSONFORMS_H
#define WIRECHECK_LIB_MESSAGEAST_JSONFORMS_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <utility>
#include <vector>

namespace wirecheck {

enum class JsonLib { None, Nlohmann, JsonCpp, RapidJson };

/// The library whose JSON value type \p T is (through references, `const`
/// and aliases), or None.
JsonLib jsonLibOf(clang::QualType T);

/// The library whose class declares \p D (a member function), or None.
JsonLib jsonLibOfMember(const clang::Decl *D);

/// "nlohmann", "jsoncpp", "rapidjson": MessageModel's Kind.
llvm::StringRef jsonLibName(JsonLib L);

/// \p E without what does not change the value it denotes: parentheses,
/// implicit casts, temporaries, `std::move`, and constructions from one
/// argument (nlohmann's json_ref, a JSON value or a string built from a
/// string, RapidJSON's StringRef).
const clang::Expr *unwrapValue(const clang::Expr *E);

/// A member of a JSON object named in an expression.
struct KeyAccess {
  enum KindTy {
    Read,  ///< `j["k"]`, `j.at("k")`, `j.value("k", d)`, `v.get("k", d)`
    Test,  ///< `j.contains("k")`, `j.find("k")`, `j.count("k")`,
           ///< `isMember`, `HasMember`, `FindMember`
    Write, ///< `j.emplace("k", v)`, `d.AddMember("k", v, a)`
  };
  KindTy Kind = Read;
  /// The JSON object, as written.
  const clang::Expr *Object = nullptr;
  /// The key argument.
  const clang::Expr *Key = nullptr;
  JsonLib Lib = JsonLib::None;
};

/// The member \p E names on a JSON object, or std::nullopt. A subscript is
/// a Read: the caller decides whether it is assigned to.
std::optional<KeyAccess> keyAccess(const clang::Expr *E);

/// The JSON value \p E converts to a string or another value
/// (`x.get<std::string>()`, `x.template get<T>()`, `x.asString()`,
/// `x.GetString()`, `std::string(x)`, an implicit conversion), or null.
const clang::Expr *convertedJson(const clang::Expr *E);

/// The key/value pairs of nlohmann's brace-initialised object \p E
/// (`json{{"a", 1}, {"b", 2}}`, `json j = {{...}}`), or std::nullopt when
/// \p E is not one (an array, a scalar, anything else). The keys are as
/// written; they still have to be resolved.
std::optional<std::vector<std::pair<const clang::Expr *, const clang::Expr *>>>
objectLiteralPairs(const clang::Expr *E);

/// The braced list \p E passes as a std::initializer_list argument, or
/// null.
const clang::InitListExpr *initializerList(const clang::Expr *E);

/// The variable (local or parameter) of JSON type \p E names after
/// unwrapValue, or null.
const clang::VarDecl *jsonVar(const clang::Expr *E);

/// Whether calling \p Method (a member of a JSON class) serialises the
/// object: `dump`, `toStyledString`, RapidJSON's `Accept`.
bool isSerializingMember(const clang::CXXMethodDecl &Method);

/// Whether calling \p Method adds members the extractor cannot name:
/// `update`, `merge_patch`, `insert`, `CopyFrom`, `swap`, ...
bool isMergingMember(const clang::CXXMethodDecl &Method);

/// Whether calling \p Method walks all members: `items`, `begin`,
/// `getMemberNames`, `MemberBegin`, ...
bool isIteratingMember(const clang::CXXMethodDecl &Method);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGEAST_JSONFORMS_H
