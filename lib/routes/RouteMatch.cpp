//===--- RouteMatch.cpp - Matching client paths against routes ------------===//

#include "lib/routes/RouteMatch.h"
#include "lib/routes/ValueClass.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

static bool typeAccepts(SegmentType T, llvm::StringRef V) {
  if (V.empty())
    return false;
  switch (T) {
  case SegmentType::Any:
  case SegmentType::String:
    return true;
  case SegmentType::Int:
    V.consume_front("-");
    [[fallthrough]];
  case SegmentType::UInt:
    return !V.empty() && llvm::all_of(V, llvm::isDigit);
  case SegmentType::Double: {
    double D;
    return llvm::isDigit(V.back()) && !V.getAsDouble(D);
  }
  }
  return false;
}

/// Does the route segment \p R accept the literal client segment \p V?
static bool accepts(const RouteSegment &R, llvm::StringRef V,
                    bool CaseInsensitive) {
  switch (R.Kind) {
  case RouteSegment::Literal:
    return CaseInsensitive
               ? R.Text == V || llvm::StringRef(R.Text).equals_insensitive(V)
               : R.Text == V;
  case RouteSegment::Param:
    return R.Values ? R.Values->accepts(V) : typeAccepts(R.Type, V);
  case RouteSegment::Regex:
    return R.Re && R.Re->match(V);
  case RouteSegment::Rest:
  case RouteSegment::Unknown:
    return true;
  }
  return false;
}

static bool accepts(const RouteSegment &R, const RouteSegment &U,
                    bool CaseInsensitive) {
  if (U.Kind != RouteSegment::Literal)
    return true;
  return accepts(R, U.Text, CaseInsensitive);
}

/// True if every segment of \p R may be left out (Pistache's trailing
/// optional parameters).
static bool allOptional(llvm::ArrayRef<RouteSegment> R) {
  return llvm::all_of(R, [](const RouteSegment &S) { return S.Optional; });
}

/// True if \p Route ends in a `:name` parameter that takes one trailing `/`
/// (cpp-httplib's PathParamsMatcher, chosen for a pattern with a `/:`).
static bool endsInColonParam(const RoutePattern &Route) {
  return Route.syntax().SlashAfterLastParam && !Route.segments().empty() &&
         Route.segments().back().Kind == RouteSegment::Param &&
         llvm::StringRef(Route.source()).contains("/:");
}

RouteMatch matchRoute(const RoutePattern &Route, const RoutePattern &Use,
                      bool CaseInsensitive) {
  RouteMatch Result;
  Result.Kind = RouteMatch::Match;
  llvm::ArrayRef<RouteSegment> R = Route.segments(), U = Use.segments();
  bool Exact = Route.syntax().ExactSlashes;
  size_t J = 0;
  for (size_t I = 0; I < R.size(); ++I) {
    const RouteSegment &RS = R[I];
    if (RS.Kind == RouteSegment::Rest)
      return Result;
    if (J >= U.size())
      return allOptional(R.drop_front(I)) ? Result : RouteMatch();
    const RouteSegment &US = U[J++];
    // The framework compares the path as sent: `//` is not `/`.
    if (Exact && US.AfterEmpty != RS.AfterEmpty)
      return RouteMatch();
    if (accepts(RS, US, CaseInsensitive))
      continue;
    if (RS.Kind == RouteSegment::Literal)
      return RouteMatch();
    if (Result.Kind == RouteMatch::Match) {
      Result.Kind = RouteMatch::TypeMismatch;
      Result.Segment = J;
      Result.Actual = US.Text;
      Result.Expected = RS.Kind == RouteSegment::Param
                            ? "an " + segmentTypeName(RS.Type).str()
                            : "a match for '" + RS.Text + "'";
      if (RS.Type == SegmentType::Double)
        Result.Expected = "a double";
      if (RS.Kind == RouteSegment::Param && RS.Values)
        Result.Expected = RS.Values->describe();
    }
  }
  if (J != U.size())
    return RouteMatch();
  // ... and a trailing `/` is not its absence.
  if (Exact && Use.trailingSlash() != Route.trailingSlash() &&
      !Route.trailingSlashOptional() &&
      !(Use.trailingSlash() && endsInColonParam(Route)))
    return RouteMatch();
  return Result;
}

bool sameShape(const RoutePattern &A, const RoutePattern &B) {
  llvm::ArrayRef<RouteSegment> SA = A.segments(), SB = B.segments();
  if (SA.size() != SB.size())
    return false;
  for (size_t I = 0; I < SA.size(); ++I) {
    bool LitA = SA[I].Kind == RouteSegment::Literal;
    bool LitB = SB[I].Kind == RouteSegment::Literal;
    if (LitA != LitB)
      return false;
    if (LitA && SA[I].Text != SB[I].Text)
      return false;
    if ((SA[I].Kind == RouteSegment::Rest) !=
        (SB[I].Kind == RouteSegment::Rest))
      return false;
  }
  return true;
}

/// Are two literal segments spelled closely enough to be a typo?
static bool nearSpelling(llvm::StringRef A, llvm::StringRef B) {
  unsigned D = A.edit_distance(B);
  return D <= std::max<size_t>(2, std::max(A.size(), B.size()) / 3);
}

/// The slashes a route of a framework that compares them exactly lacks or
/// has in excess: one per `//` and trailing `/` not in both.
static unsigned slashDifference(const RoutePattern &Route,
                                const RoutePattern &Use, bool HasRest) {
  if (!Route.syntax().ExactSlashes)
    return 0;
  auto Empties = [](llvm::ArrayRef<RouteSegment> S) {
    return unsigned(llvm::count_if(
        S, [](const RouteSegment &Seg) { return Seg.AfterEmpty; }));
  };
  unsigned RE = Empties(Route.segments()), UE = Empties(Use.segments());
  unsigned D = RE > UE ? RE - UE : UE - RE;
  if (!HasRest && !Route.trailingSlashOptional() &&
      Route.trailingSlash() != Use.trailingSlash())
    ++D;
  return D;
}

RouteDistance routeDistance(const RoutePattern &Route,
                            const RoutePattern &Use) {
  llvm::ArrayRef<RouteSegment> R = Route.segments(), U = Use.segments();
  bool HasRest = !R.empty() && R.back().Kind == RouteSegment::Rest;
  unsigned Slashes = slashDifference(Route, Use, HasRest);
  if (HasRest)
    R = R.drop_back();
  size_t N = R.size(), M = U.size();
  // Cost[i][j]: (segments, characters) to turn U[0..j) into R[0..i).
  std::vector<std::vector<RouteDistance>> Cost(
      N + 1, std::vector<RouteDistance>(M + 1));
  auto Add = [](RouteDistance D, unsigned S, unsigned C) {
    D.Segments += S;
    D.Characters += C;
    return D;
  };
  // Adding or dropping a segment costs its length in characters; leaving
  // out an optional parameter costs nothing.
  auto Len = [](const RouteSegment &S) { return unsigned(S.Text.size()); };
  auto Drop = [&](RouteDistance D, const RouteSegment &S) {
    return S.Optional ? D : Add(D, 1, Len(S));
  };
  for (size_t I = 1; I <= N; ++I)
    Cost[I][0] = Drop(Cost[I - 1][0], R[I - 1]);
  for (size_t J = 1; J <= M; ++J)
    Cost[0][J] = Add(Cost[0][J - 1], 1, Len(U[J - 1]));
  for (size_t I = 1; I <= N; ++I)
    for (size_t J = 1; J <= M; ++J) {
      const RouteSegment &RS = R[I - 1], &US = U[J - 1];
      RouteDistance Sub;
      if (accepts(RS, US, false)) {
        Sub = Cost[I - 1][J - 1];
      } else {
        bool Near =
            RS.Kind == RouteSegment::Literal && nearSpelling(RS.Text, US.Text);
        // A misspelt segment costs one; a different word costs more than
        // dropping one segment and adding another.
        Sub = Add(Cost[I - 1][J - 1], Near ? 1 : 2,
                  llvm::StringRef(RS.Text).edit_distance(US.Text));
      }
      Cost[I][J] = std::min(
          {Sub, Drop(Cost[I - 1][J], RS), Add(Cost[I][J - 1], 1, Len(US))});
    }
  RouteDistance Best = Cost[N][M];
  if (HasRest)
    for (size_t J = 0; J <= M; ++J)
      Best = std::min(Best, Cost[N][J]);
  return Add(Best, Slashes, Slashes);
}

bool isCloseRoute(const RouteDistance &D, size_t UseSegments) {
  return D.Segments >= 1 && D.Segments <= (UseSegments >= 5 ? 2u : 1u);
}

bool isLiteralParameter(const RoutePattern &Route, const RouteSegment &S) {
  return !Route.syntax().ColonParams && S.Kind == RouteSegment::Literal &&
         llvm::StringRef(S.Text).starts_with(":") && S.Text.size() > 1;
}

const RouteSegment *literalParameterServing(const RoutePattern &Route,
                                            const RoutePattern &Use,
                                            bool CaseInsensitive) {
  const auto *First = llvm::find_if(Route.segments(), [&](const auto &S) {
    return isLiteralParameter(Route, S);
  });
  if (First == Route.segments().end())
    return nullptr;
  RouteSyntax AsParameters = Route.syntax();
  AsParameters.ColonParams = true;
  llvm::Expected<RoutePattern> P =
      RoutePattern::parse(Route.source(), AsParameters);
  if (!P) {
    llvm::consumeError(P.takeError());
    return nullptr;
  }
  return matchRoute(*P, Use, CaseInsensitive).Kind == RouteMatch::Match
             ? First
             : nullptr;
}

std::optional<std::string> rewriteToRoute(const RoutePattern &Route,
                                          const RoutePattern &Use) {
  llvm::ArrayRef<RouteSegment> R = Route.segments(), U = Use.segments();
  if (R.size() != U.size())
    return std::nullopt;
  std::string Out;
  for (size_t I = 0; I < R.size(); ++I) {
    Out += '/';
    if (accepts(R[I], U[I], false))
      Out += U[I].Text;
    else if (R[I].Kind == RouteSegment::Literal &&
             U[I].Kind == RouteSegment::Literal &&
             !isLiteralParameter(Route, R[I]))
      Out += R[I].Text;
    else
      return std::nullopt;
  }
  // A framework that compares slashes exactly serves the route's own.
  if (Route.syntax().ExactSlashes && Route.trailingSlash() &&
      !Route.trailingSlashOptional() && !Out.empty())
    Out += '/';
  return Out.empty() ? "/" : Out;
}
} // namespace wirecheck
