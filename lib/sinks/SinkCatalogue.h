//===--- SinkCatalogue.h - Where values leave the process -------*- C++ -*-===//
//
// The catalogue of sinks: functions and constructors through which a value
// is written to a JSON document or a log/format stream. Given a call or
// construction, it names the arguments that are written and the family of
// the sink (which decides what "a serializer exists" means).
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_SINKCATALOGUE_H
#define WIRECHECK_LIB_SINKS_SINKCATALOGUE_H

#include "lib/support/OptionLists.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace wirecheck {

enum class SinkFamily : uint8_t {
  NlohmannJson,
  RapidJson,
  JsonCpp,
  Fmt,
  Spdlog,
  StdFormat,
  Printf,
  Ostream,
  Absl,
  ProjectLog,
  ProjectJson,
};

/// How a type declares that it knows how to write itself to a sink family.
enum class SerializerProtocol : uint8_t {
  None,           ///< The family has no per-type customisation point.
  NlohmannToJson, ///< `to_json` found by ADL, or `adl_serializer<T>`.
  FmtFormatter,   ///< `fmt::formatter<T>` or `format_as`.
  StdFormatter,   ///< `std::formatter<T>`.
  Ostream,        ///< `operator<<(std::ostream&, const T&)`.
  AbslStringify,  ///< `AbslStringify(Sink&, const T&)`.
  AnyText,        ///< Any of the text protocols (project log sinks).
};

/// A human-readable name for the family, used in diagnostics.
llvm::StringRef familyName(SinkFamily F);
SerializerProtocol serializerProtocol(SinkFamily F);
bool isJsonFamily(SinkFamily F);

/// One argument that a sink writes out.
struct SinkArg {
  const clang::Expr *Arg;
  SinkFamily Family;
  /// The sink function or constructor.
  const clang::FunctionDecl *Sink;
};

/// Classifies calls; caches per callee, so each function declaration is
/// looked at once per translation unit.
class SinkCatalogue {
public:
  SinkCatalogue(std::vector<FunctionSpec> LogSinks,
                std::vector<FunctionSpec> JsonSinks);

  /// Appends the arguments of \p E (a CallExpr or CXXConstructExpr) that are
  /// written to a sink.
  void collectSinkArgs(const clang::Expr &E,
                       llvm::SmallVectorImpl<SinkArg> &Out);

  /// Returns true if \p FD is a sink function or constructor.
  bool isSink(const clang::FunctionDecl &FD);

  /// Also treats project stream inserters (see isProjectInserter) as
  /// output-stream sinks: the value is written by the project's own
  /// serializer, or by a catch-all one that knows nothing about its type
  /// (`template <class T> std::ostream &operator<<(std::ostream &,
  /// const T &)`, see isCatchAllSerializer).
  void setProjectInserters(bool Enable) {
    ProjectInserters = Enable;
    Cache.clear();
  }

  /// Drops cached per-declaration results (at the end of a TU).
  void clearCache() { Cache.clear(); }

  /// How the written arguments of a sink are chosen.
  enum class Positions : uint8_t {
    None,      ///< Not a sink.
    Generic,   ///< Parameters of template type (`T&&`, `const T&`, packs).
    All,       ///< Every parameter from First on.
    CVariadic, ///< Arguments passed through a C `...`.
  };

private:
  struct CalleeInfo {
    Positions Pos = Positions::None;
    SinkFamily Family = SinkFamily::Fmt;
    unsigned First = 0;
  };
  CalleeInfo classify(const clang::FunctionDecl &FD) const;
  const CalleeInfo &lookup(const clang::FunctionDecl &FD);

  std::vector<FunctionSpec> LogSinks;
  std::vector<FunctionSpec> JsonSinks;
  bool ProjectInserters = false;
  llvm::DenseMap<const clang::FunctionDecl *, CalleeInfo> Cache;
};

/// Returns true if \p FD is a stream inserter declared outside system
/// headers: a free `operator<<(std::basic_ostream &, X)`.
bool isProjectInserter(const clang::FunctionDecl &FD);

/// Maps a parameter index of \p Callee to the argument of \p Call that
/// initialises it, accounting for the object argument of member operator
/// calls. Returns null for default arguments and out-of-range indices.
const clang::Expr *argumentForParam(const clang::Expr &Call,
                                    const clang::FunctionDecl &Callee,
                                    unsigned ParamIndex);

/// The arguments of a CallExpr or CXXConstructExpr, and the callee.
llvm::ArrayRef<const clang::Expr *> callArguments(const clang::Expr &Call);
const clang::FunctionDecl *calleeOf(const clang::Expr &Call);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_SINKCATALOGUE_H
