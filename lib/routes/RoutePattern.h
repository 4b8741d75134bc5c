//===--- RoutePattern.h - HTTP route patterns across frameworks -*- C++ -*-===//
//
// One model for the route patterns of every framework wirecheck knows:
// `{id}`, `{id:int}`, `{1}` (Drogon, OpenAPI), `:id` (cpp-httplib, Pistache),
// `<int>`, `<string>`, `<path>` (Crow), regular-expression groups such as
// `(\d+)` and `([^/]+)` (cpp-httplib), and `*`. Owns the parsing of a
// pattern into segments, of a client path or URL into a concrete path, their
// canonical and display spellings, and the names of HTTP methods. Matching
// lives in RouteMatch.h. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEPATTERN_H
#define WIRECHECK_LIB_ROUTES_ROUTEPATTERN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

class ValueClass;

/// Stands for a part of a client path whose value is only known at run time
/// (a `{}` of `fmt::format`). A segment containing it matches any segment.
constexpr char UnknownChunk = '\x01';

/// What a parameter segment accepts.
enum class SegmentType { Any, Int, UInt, Double, String };

/// The name used in diagnostics: "int", "double", ...
llvm::StringRef segmentTypeName(SegmentType T);

struct RouteSegment {
  enum KindTy {
    Literal, ///< Fixed text.
    Param,   ///< One segment, possibly typed.
    Regex,   ///< One segment matched by a regular expression.
    Rest,    ///< Zero or more trailing segments (`<path>`, `*`, `(.*)`).
    Unknown, ///< In a client path: a run-time value, matches one segment.
  };
  KindTy Kind = Literal;
  /// Literal text, parameter name or regular expression as written.
  std::string Text;
  SegmentType Type = SegmentType::Any;
  /// The compiled expression of a Regex segment (anchored).
  std::shared_ptr<llvm::Regex> Re;
  /// A Param's values, when a schema says more than Type (OpenAPI).
  std::shared_ptr<const ValueClass> Values;
};

/// A route pattern as registered by a server, or a concrete path as used by
/// a client.
class RoutePattern {
public:
  /// Parses a registered pattern in any supported syntax. An invalid regular
  /// expression yields an error naming it.
  static llvm::Expected<RoutePattern> parse(llvm::StringRef Text);

  /// Parses the path of a client call: a full URL is reduced to its path,
  /// the query string and fragment are dropped, and every segment is
  /// literal except those holding an UnknownChunk.
  static RoutePattern parseUse(llvm::StringRef Text);

  llvm::ArrayRef<RouteSegment> segments() const { return Segments; }
  /// For readers that refine parameters (OpenAPI schemas).
  llvm::MutableArrayRef<RouteSegment> mutableSegments() { return Segments; }
  /// The text the pattern was parsed from.
  const std::string &source() const { return Source; }
  /// A canonical spelling independent of the framework's syntax and of
  /// parameter names, e.g. `/api/threads/{:int}/messages`; it parses back
  /// to an equivalent pattern.
  std::string canonical() const;
  /// The path for display: the source, with UnknownChunk shown as `{}`.
  std::string display() const;
  /// True if every segment is Literal.
  bool isLiteral() const;

private:
  std::vector<RouteSegment> Segments;
  std::string Source;
};

/// Reduces a URL or path to its path: drops `scheme://authority`, the query
/// string and the fragment; a relative path gains a leading `/`. Returns
/// the offsets of the path within \p Text in \p Begin and \p End.
llvm::StringRef urlPath(llvm::StringRef Text, size_t *Begin = nullptr,
                        size_t *End = nullptr);

/// Translates the ECMAScript regular-expression syntax frameworks use
/// (`\d`, `\w`, `(?:`, lazy quantifiers) into the POSIX syntax of
/// llvm::Regex.
std::string toPosixRegex(llvm::StringRef Re);

/// Normalises an HTTP method name: upper case, `DEL` -> `DELETE`; returns
/// an empty string for anything that is not a method.
std::string normalizeMethod(llvm::StringRef Name);

/// Finds the HTTP method in a function name such as `Post`, `postJson` or
/// `http_delete`; empty if there is none.
std::string methodFromFunctionName(llvm::StringRef Name);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEPATTERN_H
