//===--- SinkCatalogue.h - Where values leave the process -------*- C++ -*-===//
//
// The catalogue of sinks: functions and constructors through which a value
// is written to a JSON document or a log/format stream. Given a call or
// construction, it names the arguments that are written and the family of
// the sink (which decides what "a serializer exists" means). It also owns
// the table of library namespaces whose functions are never project
// wrappers, and the mapping between call arguments and parameters.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_SINKCATALOGUE_H
#define WIRECHECK_LIB_SINKS_SINKCATALOGUE_H

#include "lib/sinks/SinkFamily.h"
#include "lib/support/OptionLists.h"
#include "lib/support/SpecIndex.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace wirecheck {

/// One argument that a sink writes out.
struct SinkArg {
  const clang::Expr *Arg;
  SinkFamily Family;
  /// The sink function or constructor.
  const clang::FunctionDecl *Sink;
  /// The call or construction that writes the argument.
  const clang::Expr *Call = nullptr;
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

  /// Hands over the configuration errors found while classifying callees:
  /// a LogSinks or JsonSinks entry whose argument index is past the
  /// parameters of a function it names. Each (entry, function) once.
  std::vector<OptionError> takeProblems() { return Indices.takeProblems(); }

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
  CalleeInfo classify(const clang::FunctionDecl &FD);
  const CalleeInfo &lookup(const clang::FunctionDecl &FD);

  std::vector<FunctionSpec> LogSinks;
  std::vector<FunctionSpec> JsonSinks;
  bool ProjectInserters = false;
  llvm::DenseMap<const clang::FunctionDecl *, CalleeInfo> Cache;
  SpecIndexCheck Indices;
};

/// Returns true if \p D is declared in the namespace of a library the
/// catalogue knows: the standard library, the JSON, format and logging
/// libraries above, and common HTTP and utility libraries. Their functions
/// are the library's business, never project wrappers.
bool isInLibraryNamespace(const clang::Decl &D);

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
