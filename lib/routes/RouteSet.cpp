//===--- RouteSet.cpp - Registered routes and verdicts on uses ------------===//

#include "lib/routes/RouteSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

bool RouteEntry::allows(llvm::StringRef Method) const {
  if (Method.empty() || Methods.empty())
    return true;
  if (llvm::is_contained(Methods, Method))
    return true;
  // Servers answer HEAD for GET routes.
  return Method == "HEAD" && llvm::is_contained(Methods, "GET");
}

std::string RouteEntry::methodList() const {
  if (Methods.empty())
    return "every method";
  return llvm::join(Methods, ", ");
}

RouteVerdict classifyUse(const RoutePattern &Use, llvm::StringRef Method,
                         llvm::ArrayRef<const RouteEntry *> Routes) {
  RouteVerdict V;
  std::vector<const RouteEntry *> PathMatches;
  const RouteEntry *Typed = nullptr;
  RouteMatch TypedMatch;
  for (const RouteEntry *R : Routes) {
    RouteMatch M = matchRoute(R->Pattern, Use, R->CaseInsensitive);
    if (M.Kind == RouteMatch::Match) {
      if (R->allows(Method))
        return V; // Ok.
      PathMatches.push_back(R);
    } else if (M.Kind == RouteMatch::TypeMismatch && !Typed) {
      Typed = R;
      TypedMatch = M;
    }
  }
  if (!PathMatches.empty()) {
    V.Kind = RouteVerdict::WrongMethod;
    std::vector<std::string> Methods;
    for (const RouteEntry *R : PathMatches)
      for (const std::string &M : R->Methods)
        if (!llvm::is_contained(Methods, M))
          Methods.push_back(M);
    llvm::sort(Methods);
    V.RegisteredMethods = llvm::join(Methods, ", ");
    V.Related = std::move(PathMatches);
    return V;
  }
  if (Typed) {
    V.Kind = RouteVerdict::TypeMismatch;
    V.Related.push_back(Typed);
    V.Mismatch = TypedMatch;
    return V;
  }
  V.Kind = RouteVerdict::NoMatch;
  // A route the client read as having parameters its framework reads as
  // literal text (cpp-httplib before 0.13.0): the route is what it meant.
  for (const RouteEntry *R : Routes)
    if (const RouteSegment *S =
            literalParameterServing(R->Pattern, Use, R->CaseInsensitive);
        S && R->allows(Method)) {
      V.Related.push_back(R);
      V.LiteralParameter = S->Text;
      return V;
    }
  // The nearest routes, preferring those that serve the method.
  std::optional<RouteDistance> Best;
  for (const RouteEntry *R : Routes) {
    RouteDistance D = routeDistance(R->Pattern, Use);
    if (!R->allows(Method))
      D.Segments += 1;
    if (!isCloseRoute(D, Use.segments().size()))
      continue;
    if (!Best || D < *Best) {
      Best = D;
      V.Related.clear();
    }
    if (D == *Best && llvm::none_of(V.Related, [&](const RouteEntry *O) {
          return O->Pattern.canonical() == R->Pattern.canonical();
        }))
      V.Related.push_back(R);
  }
  if (V.Related.size() == 1)
    V.Replacement = rewriteToRoute(V.Related.front()->Pattern, Use);
  return V;
}

std::optional<RouteFinding>
explainVerdict(const RouteVerdict &V, const RoutePattern &Use,
               llvm::StringRef Method,
               const std::optional<std::string> &LiteralText) {
  std::string Path = urlPath(Use.display()).str();
  if (Path.empty())
    Path = "/";
  std::string Desc = Method.empty() ? Path : Method.str() + " " + Path;
  RouteFinding F;
  switch (V.Kind) {
  case RouteVerdict::Ok:
    return std::nullopt;
  case RouteVerdict::WrongMethod:
    F.Message = "'" + Path + "' is registered for " + V.RegisteredMethods +
                ", not " + Method.str();
    for (const RouteEntry *R : V.Related)
      F.Notes.push_back({R, "route '" + R->Pattern.source() +
                                "' registered here for " + R->methodList()});
    return F;
  case RouteVerdict::TypeMismatch: {
    F.Message = "no registered route matches '" + Desc + "'";
    const RouteEntry *R = V.Related.front();
    F.Notes.push_back({R, "segment " + std::to_string(V.Mismatch.Segment) +
                              " ('" + V.Mismatch.Actual + "') is not " +
                              V.Mismatch.Expected + " as route '" +
                              R->Pattern.source() + "' requires"});
    return F;
  }
  case RouteVerdict::NoMatch:
    break;
  }
  F.Message = "no registered route matches '" + Desc + "'";
  if (V.Replacement) {
    F.Message += "; did you mean '" +
                 RoutePattern::parseUse(*V.Replacement).display() + "'?";
  } else if (!V.Related.empty() && V.LiteralParameter.empty()) {
    std::vector<std::string> Names;
    for (const RouteEntry *R : llvm::ArrayRef(V.Related).take_front(3))
      Names.push_back("'" + R->Pattern.source() + "'");
    F.Message += "; did you mean " + llvm::join(Names, " or ") + "?";
  }
  for (const RouteEntry *R : V.Related)
    F.Notes.push_back({R, "route '" + R->Pattern.source() +
                              "' registered "
                              "here for " +
                              R->methodList()});
  if (!V.LiteralParameter.empty()) {
    const RouteEntry &R = *V.Related.front();
    std::string By = R.Framework;
    if (!R.FrameworkVersion.empty())
      By += " " + R.FrameworkVersion;
    F.Notes.back().second += "; " + By + " reads '" + V.LiteralParameter +
                             "' as literal text, not as a parameter";
  }
  // Rewrite the literal: the rest of the URL, the query and the fragment
  // stay as they are.
  if (V.Replacement && LiteralText) {
    llvm::StringRef Text = *LiteralText;
    size_t Begin, End;
    urlPath(Text, &Begin, &End);
    std::string NewPath = *V.Replacement;
    if (Text.slice(Begin, End).ends_with("/") &&
        !llvm::StringRef(NewPath).ends_with("/") &&
        !V.Related.front()->Pattern.syntax().ExactSlashes)
      NewPath += '/';
    F.NewLiteral = (Text.take_front(Begin) + NewPath + Text.substr(End)).str();
  }
  return F;
}

} // namespace wirecheck
