//===--- RoutePattern.h - HTTP route patterns across frameworks -*- C++ -*-===//
//
// One model for the route patterns of every framework wirecheck knows:
// `{id}`, `{id:int}`, `{1}` (Drogon, OpenAPI), `:id` (cpp-httplib, Pistache),
// `<int>`, `<string>`, `<path>` (Crow), regular-expression groups such as
// `(\d+)` and `([^/]+)` (cpp-httplib), `:name?` and `*` (Pistache). Owns the
// parsing of a pattern into segments, as the framework (and its version)
// that registers it reads it, of a client path or URL into a concrete path,
// their canonical and display spellings (HTTP method names: HttpMethods.h).
// Matching lives in RouteMatch.h. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEPATTERN_H
#define WIRECHECK_LIB_ROUTES_ROUTEPATTERN_H

#include "lib/routes/HttpMethods.h"
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

/// How a framework reads its route patterns and compares a request's path
/// with them, where frameworks differ.
struct RouteSyntax {
  /// `:name` is a parameter (Pistache, cpp-httplib since 0.13.0, most
  /// routers); otherwise it is literal text.
  bool ColonParams = true;
  /// `:name?` is a parameter the path may leave out at its end (Pistache).
  bool OptionalParams = true;
  /// A `*` at the end matches exactly one segment (Pistache's splat), not
  /// the rest of the path.
  bool StarIsOneSegment = false;
  /// The path is compared as sent (cpp-httplib matches the whole path with
  /// std::regex_match): a trailing `/` or an empty segment (`//`) that the
  /// route does not have is not served.
  bool ExactSlashes = false;
  /// ... except one trailing `/` after a last `:name` parameter, which
  /// cpp-httplib's PathParamsMatcher (0.13.0 and later) accepts.
  bool SlashAfterLastParam = false;

  bool operator==(const RouteSyntax &O) const {
    return ColonParams == O.ColonParams && OptionalParams == O.OptionalParams &&
           StarIsOneSegment == O.StarIsOneSegment &&
           ExactSlashes == O.ExactSlashes &&
           SlashAfterLastParam == O.SlashAfterLastParam;
  }
  bool operator!=(const RouteSyntax &O) const { return !(*this == O); }
};

/// The syntax of the routes registered through \p Framework ("cpp-httplib",
/// "Pistache", ...) at version \p Version (as the framework's header spells
/// it, e.g. "0.11.4"; empty when unknown).
RouteSyntax routeSyntaxFor(llvm::StringRef Framework, llvm::StringRef Version);

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
  /// A Param the path may leave out, when every segment after it may too
  /// (Pistache's `:name?`).
  bool Optional = false;
  /// Preceded by an empty segment (`//`).
  bool AfterEmpty = false;
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
  /// expression yields an error naming it. \p Syntax says how the
  /// registering framework reads it.
  static llvm::Expected<RoutePattern>
  parse(llvm::StringRef Text, const RouteSyntax &Syntax = RouteSyntax());

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
  /// How the registering framework reads the pattern and compares paths.
  const RouteSyntax &syntax() const { return Syntax; }
  /// The path or pattern ends with a `/` after its last segment.
  bool trailingSlash() const { return TrailingSlash; }
  /// The pattern's trailing `/` may be left out: a regular expression
  /// ending in `/?` (cpp-httplib's `R"(/items/?)"`).
  bool trailingSlashOptional() const { return TrailingSlashOptional; }

private:
  std::vector<RouteSegment> Segments;
  std::string Source;
  RouteSyntax Syntax;
  bool TrailingSlash = false;
  bool TrailingSlashOptional = false;
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

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEPATTERN_H
