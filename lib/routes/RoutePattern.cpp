//===--- RoutePattern.cpp - HTTP route patterns across frameworks ---------===//

#include "lib/routes/RoutePattern.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/VersionTuple.h"

namespace wirecheck {

RouteSyntax routeSyntaxFor(llvm::StringRef Framework, llvm::StringRef Version) {
  RouteSyntax S;
  if (Framework == "cpp-httplib") {
    // Patterns are std::regex matched against the whole path; `:name`
    // parameters came in 0.13.0 (PathParamsMatcher), and `:name?` is a
    // parameter named `name?` there.
    S.ExactSlashes = true;
    S.OptionalParams = false;
    llvm::VersionTuple V;
    if (!Version.empty() && !V.tryParse(Version))
      S.ColonParams = V >= llvm::VersionTuple(0, 13, 0);
    S.SlashAfterLastParam = S.ColonParams;
  } else if (Framework == "Pistache") {
    S.StarIsOneSegment = true;
  }
  return S;
}

llvm::StringRef segmentTypeName(SegmentType T) {
  switch (T) {
  case SegmentType::Any:
    return "any";
  case SegmentType::Int:
    return "int";
  case SegmentType::UInt:
    return "unsigned int";
  case SegmentType::Double:
    return "double";
  case SegmentType::String:
    return "string";
  }
  return "any";
}

/// Splits a pattern at the `/` that are not inside a group, a bracket
/// expression or braces, nor escaped.
static std::vector<llvm::StringRef> splitSegments(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Parts;
  int Depth = 0;
  bool InBracket = false;
  size_t Start = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\\') {
      ++I;
      continue;
    }
    if (InBracket) {
      if (C == ']')
        InBracket = false;
      continue;
    }
    if (C == '[')
      InBracket = true;
    else if (C == '(' || C == '{')
      ++Depth;
    else if ((C == ')' || C == '}') && Depth > 0)
      --Depth;
    else if (C == '/' && Depth == 0) {
      Parts.push_back(Text.slice(Start, I));
      Start = I + 1;
    }
  }
  Parts.push_back(Text.substr(Start));
  return Parts;
}

namespace {
/// The parts of a path split at `/` (empty ones included), read as
/// segments: which are empty (`//`) and whether the path ends with `/`.
struct PathParts {
  /// The non-empty parts, each with whether an empty part precedes it.
  std::vector<std::pair<llvm::StringRef, bool>> Segments;
  bool TrailingSlash = false;

  explicit PathParts(llvm::ArrayRef<llvm::StringRef> Parts) {
    bool Empty = false;
    // A leading `/` is not an empty segment.
    if (!Parts.empty() && Parts.front().empty())
      Parts = Parts.drop_front();
    for (llvm::StringRef P : Parts) {
      if (P.empty()) {
        Empty = true;
        continue;
      }
      Segments.push_back({P, Empty});
      Empty = false;
    }
    TrailingSlash = Empty && !Segments.empty();
  }
};
} // namespace

static bool hasRegexSyntax(llvm::StringRef S) {
  return S.find_first_of("()[]\\*+?|^$") != llvm::StringRef::npos;
}

std::string toPosixRegex(llvm::StringRef Re) {
  std::string Out;
  bool InBracket = false;
  for (size_t I = 0; I < Re.size(); ++I) {
    char C = Re[I];
    if (C == '\\' && I + 1 < Re.size()) {
      char N = Re[++I];
      switch (N) {
      case 'd':
        Out += InBracket ? "0-9" : "[0-9]";
        break;
      case 'D':
        Out += InBracket ? "\\D" : "[^0-9]";
        break;
      case 'w':
        Out += InBracket ? "A-Za-z0-9_" : "[A-Za-z0-9_]";
        break;
      case 'W':
        Out += InBracket ? "\\W" : "[^A-Za-z0-9_]";
        break;
      case 's':
        Out += InBracket ? "[:space:]" : "[[:space:]]";
        break;
      case '/':
        Out += '/';
        break;
      case '-':
        Out += InBracket ? "\\-" : "-";
        break;
      default:
        Out += '\\';
        Out += N;
      }
      continue;
    }
    if (InBracket) {
      if (C == ']')
        InBracket = false;
      Out += C;
      continue;
    }
    if (C == '[') {
      InBracket = true;
      Out += C;
      // A `]` right after `[` or `[^` is literal.
      if (I + 1 < Re.size() && Re[I + 1] == '^')
        Out += Re[++I];
      if (I + 1 < Re.size() && Re[I + 1] == ']')
        Out += Re[++I];
      continue;
    }
    if (C == '(' && Re.substr(I + 1).starts_with("?")) {
      llvm::StringRef Tail = Re.substr(I + 1);
      size_t Skip = 0;
      if (Tail.starts_with("?:"))
        Skip = 2;
      else if (Tail.starts_with("?<") || Tail.starts_with("?P<")) {
        size_t Close = Tail.find('>');
        if (Close != llvm::StringRef::npos)
          Skip = Close + 1;
      }
      if (Skip) {
        Out += '(';
        I += Skip;
        continue;
      }
    }
    // Lazy quantifiers have the same language as greedy ones.
    if (C == '?' && !Out.empty() &&
        (Out.back() == '+' || Out.back() == '*' || Out.back() == '}'))
      continue;
    Out += C;
  }
  return Out;
}

/// Strips one group around the whole expression: `(\d+)` -> `\d+`.
static llvm::StringRef stripOuterGroup(llvm::StringRef Re) {
  if (!Re.starts_with("(") || !Re.ends_with(")"))
    return Re;
  int Depth = 0;
  for (size_t I = 0; I < Re.size(); ++I) {
    char C = Re[I];
    if (C == '\\') {
      ++I;
      continue;
    }
    if (C == '(')
      ++Depth;
    else if (C == ')' && --Depth == 0 && I + 1 != Re.size())
      return Re; // `(a)(b)`: not one group.
  }
  llvm::StringRef Inner = Re.drop_front().drop_back();
  if (Inner.consume_front("?:"))
    return Inner;
  if (Inner.starts_with("?<") || Inner.starts_with("?P<")) {
    size_t Close = Inner.find('>');
    if (Close != llvm::StringRef::npos)
      return Inner.substr(Close + 1);
  }
  return Inner;
}

static llvm::Expected<RouteSegment> regexSegment(llvm::StringRef Re,
                                                 bool Last) {
  RouteSegment S;
  S.Text = Re.str();
  llvm::StringRef Inner = stripOuterGroup(Re);
  Inner.consume_back("?"); // `\d+?`: lazy, same language.
  static constexpr llvm::StringLiteral IntForms[] = {
      "\\d+", "[0-9]+", "-?\\d+", "[\\d]+", "\\d*", "[0-9]*", "-?[0-9]+"};
  static constexpr llvm::StringLiteral StringForms[] = {
      "[^/]+",          "[^/]*",          "\\w+",    "[^/]+?",
      "[a-zA-Z0-9_-]+", "[A-Za-z0-9_-]+", "[\\w-]+", "[^\\/]+"};
  if (llvm::is_contained(IntForms, Inner)) {
    S.Kind = RouteSegment::Param;
    S.Type = Inner.starts_with("-") ? SegmentType::Int : SegmentType::UInt;
    return S;
  }
  if (llvm::is_contained(StringForms, Inner)) {
    S.Kind = RouteSegment::Param;
    S.Type = SegmentType::String;
    return S;
  }
  if (Inner == ".*" || Inner == ".+") {
    S.Kind = Last ? RouteSegment::Rest : RouteSegment::Param;
    return S;
  }
  auto R = std::make_shared<llvm::Regex>("^(" + toPosixRegex(Re) + ")$");
  std::string Error;
  if (!R->isValid(Error))
    return llvm::createStringError(
        "'" + Re.str() + "' is not a valid regular expression: " + Error);
  S.Kind = RouteSegment::Regex;
  S.Re = std::move(R);
  return S;
}

static std::optional<SegmentType> typeFromName(llvm::StringRef Name) {
  std::string N = Name.trim().lower();
  if (N == "int" || N == "integer" || N == "long" || N == "int32" ||
      N == "int64")
    return SegmentType::Int;
  if (N == "uint" || N == "unsigned" || N == "uint32" || N == "uint64" ||
      N == "size_t")
    return SegmentType::UInt;
  if (N == "double" || N == "float" || N == "number")
    return SegmentType::Double;
  if (N == "string" || N == "str" || N == "alpha" || N == "word")
    return SegmentType::String;
  return std::nullopt;
}

/// The offset of a query part `?name=...` outside any group, or the size.
static size_t queryStart(llvm::StringRef Body) {
  int Depth = 0;
  for (size_t I = 0; I < Body.size(); ++I) {
    char C = Body[I];
    if (C == '\\') {
      ++I;
    } else if (C == '(' || C == '[' || C == '{') {
      ++Depth;
    } else if ((C == ')' || C == ']' || C == '}') && Depth > 0) {
      --Depth;
    } else if (C == '?' && Depth == 0) {
      llvm::StringRef Tail = Body.substr(I + 1);
      llvm::StringRef Name = Tail.take_while(
          [](char Ch) { return llvm::isAlnum(Ch) || Ch == '_'; });
      if (!Name.empty() && Tail.substr(Name.size()).starts_with("="))
        return I;
    }
  }
  return Body.size();
}

static llvm::Expected<RouteSegment> parseSegment(llvm::StringRef S, bool Last,
                                                 const RouteSyntax &Syntax) {
  RouteSegment Seg;
  if (S == "*" || S == "**") {
    Seg.Kind = Last && !Syntax.StarIsOneSegment ? RouteSegment::Rest
                                                : RouteSegment::Param;
    Seg.Text = S.str();
    return Seg;
  }
  // `{id}`, `{id:int}`, `{1}`, `{}`, `{path*}`, `{id:[0-9]+}`.
  if (S.starts_with("{") && S.ends_with("}") && S.find('}') == S.size() - 1) {
    llvm::StringRef Inner = S.drop_front().drop_back();
    auto [Name, Spec] = Inner.split(':');
    Seg.Text = Name.str();
    if (Name.ends_with("*") || Name.ends_with("...") || Spec.trim() == "path" ||
        Spec.trim() == ".*") {
      Seg.Kind = RouteSegment::Rest;
      return Seg;
    }
    Seg.Kind = RouteSegment::Param;
    // `{id?}`, and `{?}` of the canonical spelling.
    if (Syntax.OptionalParams && Name.ends_with("?")) {
      Seg.Optional = true;
      Seg.Text = Name.drop_back().str();
    }
    if (Spec.trim().empty())
      return Seg;
    if (std::optional<SegmentType> T = typeFromName(Spec)) {
      Seg.Type = *T;
      return Seg;
    }
    return regexSegment(Spec.trim(), Last);
  }
  // `:id`, `:id?`.
  if (Syntax.ColonParams && S.starts_with(":") && S.size() > 1 &&
      !hasRegexSyntax(S.drop_back())) {
    Seg.Kind = RouteSegment::Param;
    Seg.Text = S.drop_front().str();
    if (Syntax.OptionalParams && S.ends_with("?")) {
      Seg.Optional = true;
      Seg.Text.pop_back();
    }
    return Seg;
  }
  // `<int>`, `<string>`, `<path>`.
  if (S.starts_with("<") && S.ends_with(">") && S.size() > 2) {
    llvm::StringRef Name = S.drop_front().drop_back();
    Seg.Text = Name.str();
    if (Name == "path") {
      Seg.Kind = RouteSegment::Rest;
      return Seg;
    }
    Seg.Kind = RouteSegment::Param;
    if (std::optional<SegmentType> T = typeFromName(Name))
      Seg.Type = *T;
    return Seg;
  }
  if (hasRegexSyntax(S))
    return regexSegment(S, Last);
  Seg.Kind = RouteSegment::Literal;
  Seg.Text = S.str();
  return Seg;
}

llvm::Expected<RoutePattern> RoutePattern::parse(llvm::StringRef Text,
                                                 const RouteSyntax &Syntax) {
  RoutePattern P;
  P.Source = Text.str();
  P.Syntax = Syntax;
  llvm::StringRef Body = Text.trim();
  // Regex anchors around the whole pattern (cpp-httplib).
  Body.consume_front("^");
  Body.consume_back("$");
  // A regular expression's optional trailing `/`: the `/` splits, the `?`
  // is no segment of its own.
  if (Syntax.ExactSlashes && Body.ends_with("/?") && !Body.ends_with("\\/?")) {
    Body = Body.drop_back();
    P.TrailingSlashOptional = true;
  }
  // A query part is not part of the route (Drogon's `?p={1}`); a `?` of a
  // regular expression is.
  Body = Body.substr(0, queryStart(Body));
  PathParts Parts(splitSegments(Body));
  P.TrailingSlash = Parts.TrailingSlash;
  for (size_t I = 0; I < Parts.Segments.size(); ++I) {
    auto [Part, AfterEmpty] = Parts.Segments[I];
    llvm::Expected<RouteSegment> S =
        parseSegment(Part, I + 1 == Parts.Segments.size(), Syntax);
    if (!S)
      return S.takeError();
    S->AfterEmpty = AfterEmpty;
    P.Segments.push_back(std::move(*S));
  }
  return P;
}

llvm::StringRef urlPath(llvm::StringRef Text, size_t *Begin, size_t *End) {
  size_t B = 0;
  size_t Scheme = Text.find("://");
  if (Scheme != llvm::StringRef::npos &&
      llvm::all_of(Text.take_front(Scheme), [](char C) {
        return llvm::isAlnum(C) || C == '+' || C == '-' || C == '.';
      })) {
    size_t Slash = Text.find('/', Scheme + 3);
    size_t Stop = Text.find_first_of("?#", Scheme + 3);
    B = Slash == llvm::StringRef::npos || Slash > Stop
            ? std::min(Stop, Text.size())
            : Slash;
  }
  size_t E = Text.find_first_of("?#", B);
  if (E == llvm::StringRef::npos)
    E = Text.size();
  if (Begin)
    *Begin = B;
  if (End)
    *End = E;
  return Text.slice(B, E);
}

RoutePattern RoutePattern::parseUse(llvm::StringRef Text) {
  RoutePattern P;
  P.Source = Text.str();
  llvm::SmallVector<llvm::StringRef, 8> Split;
  urlPath(Text).split(Split, '/', /*MaxSplit=*/-1, /*KeepEmpty=*/true);
  PathParts Parts(Split);
  P.TrailingSlash = Parts.TrailingSlash;
  for (auto [Part, AfterEmpty] : Parts.Segments) {
    RouteSegment S;
    S.Kind = Part.contains(UnknownChunk) ? RouteSegment::Unknown
                                         : RouteSegment::Literal;
    S.Text = Part.str();
    S.AfterEmpty = AfterEmpty;
    P.Segments.push_back(std::move(S));
  }
  return P;
}

std::string RoutePattern::canonical() const {
  std::string Out;
  for (const RouteSegment &S : Segments) {
    Out += '/';
    switch (S.Kind) {
    case RouteSegment::Literal:
      Out += S.Text;
      break;
    case RouteSegment::Param:
      if (S.Optional)
        Out += "{?}";
      else
        Out += S.Type == SegmentType::Any
                   ? std::string("{}")
                   : "{:" +
                         std::string(segmentTypeName(S.Type) == "unsigned int"
                                         ? "uint"
                                         : segmentTypeName(S.Type)) +
                         "}";
      break;
    case RouteSegment::Regex:
      Out += S.Text;
      break;
    case RouteSegment::Rest:
      Out += "{*}";
      break;
    case RouteSegment::Unknown:
      Out += "{}";
      break;
    }
  }
  return Out.empty() ? "/" : Out;
}

std::string RoutePattern::display() const {
  std::string Out;
  for (char C : Source) {
    if (C == UnknownChunk)
      Out += "{}";
    else
      Out += C;
  }
  return Out;
}

bool RoutePattern::isLiteral() const {
  return llvm::all_of(Segments, [](const RouteSegment &S) {
    return S.Kind == RouteSegment::Literal;
  });
}

} // namespace wirecheck
