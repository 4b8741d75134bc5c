//===--- RouteIndex.cpp - The routes and uses of a whole project ----------===//

#include "lib/routes/RouteIndex.h"
#include "lib/routes/RouteMatch.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Sequence.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <map>
#include <tuple>

namespace wirecheck {

bool SourcePosition::operator<(const SourcePosition &O) const {
  return std::tie(File, Line, Column) < std::tie(O.File, O.Line, O.Column);
}

bool SourcePosition::operator==(const SourcePosition &O) const {
  return File == O.File && Line == O.Line && Column == O.Column;
}

SourcePosition positionOf(const RouteEntry &R) {
  return {R.File, R.Line, R.Column};
}

static std::string routeDesc(const RouteEntry &R, llvm::StringRef Method) {
  return (Method.empty() ? "" : Method.str() + " ") + R.Pattern.source();
}

/// The methods of \p R one by one; a route for every method is one empty
/// method.
static std::vector<std::string> methodsOrAny(const RouteEntry &R) {
  std::vector<std::string> Methods = R.Methods;
  if (Methods.empty())
    Methods.push_back("");
  return Methods;
}

/// Identifies a registration: the same position, methods and pattern seen
/// by two TUs (a header) is one registration.
static std::string routeKey(const RouteEntry &E) {
  return E.File + ":" + std::to_string(E.Line) + ":" +
         std::to_string(E.Column) + " " + llvm::join(E.Methods, ",") + " " +
         E.Pattern.source();
}

void RouteIndex::add(TUContribution TU) {
  unsigned Index = TURoutes.size();
  TURoutes.emplace_back();
  TUDefinesMain.push_back(TU.DefinesMain);
  size_t OldRoutes = Routes.size();
  for (RouteEntry &E : TU.Routes) {
    std::string Key = routeKey(E);
    TURoutes.back().push_back(Key);
    if (SeenRoutes.insert(Key).second) {
      RouteTU[Key] = Index;
      Routes.push_back(std::move(E));
    }
  }
  // In source order, so "first registered" and the manifest are stable: the
  // new routes sorted, then merged after the equal old ones.
  auto ByPosition = [](const RouteEntry &A, const RouteEntry &B) {
    return positionOf(A) < positionOf(B);
  };
  std::stable_sort(Routes.begin() + OldRoutes, Routes.end(), ByPosition);
  std::inplace_merge(Routes.begin(), Routes.begin() + OldRoutes, Routes.end(),
                     ByPosition);
  for (IndexedUse &U : TU.Uses)
    if (SeenUses.insert(U.Pos).second) {
      Uses.push_back(std::move(U));
      UseTU.push_back(Index);
    }
  for (IndexedProblem &P : TU.Problems)
    if (SeenProblems.insert(P.Pos).second)
      Problems.push_back(std::move(P));
  for (IndexedUnresolved &U : TU.Unresolved)
    if (SeenUnresolved.insert(U.Pos).second)
      Unresolved.push_back(std::move(U));
}

std::vector<IndexedUnresolved> RouteIndex::unresolved() const {
  std::vector<IndexedUnresolved> Out = Unresolved;
  llvm::stable_sort(Out,
                    [](const IndexedUnresolved &A, const IndexedUnresolved &B) {
                      return A.Pos < B.Pos;
                    });
  return Out;
}

std::vector<IndexFinding> RouteIndex::problems() const {
  std::vector<IndexFinding> Out;
  Out.reserve(Problems.size());
  for (const IndexedProblem &P : Problems)
    Out.push_back({P.Pos, "warning", P.Message, {}});
  return Out;
}

std::vector<IndexFinding> RouteIndex::duplicates() const {
  std::vector<IndexFinding> Out;
  std::map<std::string, const RouteEntry *> First;
  for (const RouteEntry &R : Routes) {
    unsigned TU = RouteTU.at(routeKey(R));
    std::string Server = sameServerKey(R.Server, TU, TUDefinesMain[TU]);
    for (const std::string &M : methodsOrAny(R)) {
      // Directories mounted at one prefix are searched in turn; a
      // registration expected to throw is the test of a duplicate.
      if (R.Mount || R.ExpectsFailure)
        continue;
      std::string Key =
          (llvm::Twine(M) + " " + R.Pattern.canonical() + " " + Server).str();
      auto [It, Inserted] = First.try_emplace(Key, &R);
      if (Inserted)
        continue;
      Out.push_back({positionOf(R),
                     "warning",
                     "route '" + routeDesc(R, M) + "' is registered twice",
                     {{positionOf(*It->second), "first registered here"}}});
    }
  }
  return Out;
}

std::vector<IndexFinding>
RouteIndex::mismatches(llvm::ArrayRef<const RouteEntry *> Extra,
                       llvm::ArrayRef<const RouteEntry *> Spec) const {
  std::vector<IndexFinding> Out;
  std::vector<std::string> Keys;
  Keys.reserve(Routes.size());
  for (const RouteEntry &R : Routes)
    Keys.push_back(routeKey(R));
  // Per TU: its own routes, and those of the other TUs with Extra, in
  // source order.
  std::vector<std::vector<const RouteEntry *>> Local(TURoutes.size()),
      Elsewhere(TURoutes.size());
  for (size_t TU = 0; TU < TURoutes.size(); ++TU) {
    std::set<std::string> Own(TURoutes[TU].begin(), TURoutes[TU].end());
    for (size_t R = 0; R < Routes.size(); ++R)
      (Own.count(Keys[R]) ? Local[TU] : Elsewhere[TU]).push_back(&Routes[R]);
    Elsewhere[TU].insert(Elsewhere[TU].end(), Extra.begin(), Extra.end());
  }
  for (size_t I = 0; I < Uses.size(); ++I) {
    const IndexedUse &U = Uses[I];
    unsigned TU = UseTU[I];
    std::vector<const RouteEntry *> Pool =
        routesForUse(U.Target, Local[TU], Elsewhere[TU], Spec);
    // With no route to pair it with there is nothing to judge against.
    if (Pool.empty())
      continue;
    RoutePattern Path = RoutePattern::parseUse(U.Text);
    RouteVerdict V = classifyUse(Path, U.Method, Pool);
    std::optional<RouteFinding> F =
        explainVerdict(V, Path, U.Method, U.LiteralText);
    if (!F)
      continue;
    IndexFinding D{U.Pos, "warning", F->Message, {}};
    for (const auto &[Route, Note] : F->Notes)
      D.Notes.push_back({positionOf(*Route), Note});
    Out.push_back(std::move(D));
  }
  return Out;
}

/// \p Gap as a finding at \p At.
static IndexFinding gapFinding(const RouteEntry &At, const SpecGap &Gap) {
  IndexFinding F{positionOf(At), "warning", Gap.Message, {}};
  for (const auto &[Route, Note] : Gap.Notes)
    F.Notes.push_back({positionOf(*Route), Note});
  return F;
}

std::vector<IndexFinding>
RouteIndex::specDifferences(llvm::ArrayRef<RouteEntry> Spec,
                            const SpecScope &Scope) const {
  std::vector<const RouteEntry *> SpecPtrs, CodePtrs;
  for (const RouteEntry &S : Spec)
    SpecPtrs.push_back(&S);
  for (const RouteEntry &R : Routes)
    CodePtrs.push_back(&R);
  std::vector<IndexFinding> Out;
  for (const RouteEntry &R : Routes)
    for (const std::string &M : methodsOrAny(R))
      if (std::optional<SpecGap> Gap = codeRouteGap(R, M, SpecPtrs, Scope))
        Out.push_back(gapFinding(R, *Gap));
  for (const auto &[S, Gap] : specOperationGaps(SpecPtrs, CodePtrs, Scope))
    Out.push_back(gapFinding(*S, Gap));
  return Out;
}

std::vector<IndexFinding> RouteIndex::unused() const {
  std::vector<RoutePattern> Paths;
  Paths.reserve(Uses.size());
  for (const IndexedUse &U : Uses)
    Paths.push_back(RoutePattern::parseUse(U.Text));
  std::vector<IndexFinding> Out;
  for (const RouteEntry &R : Routes) {
    bool Called =
        llvm::any_of(llvm::seq<size_t>(0, Uses.size()), [&](size_t I) {
          return matchRoute(R.Pattern, Paths[I], R.CaseInsensitive).Kind ==
                     RouteMatch::Match &&
                 R.allows(Uses[I].Method);
        });
    if (!Called)
      Out.push_back({positionOf(R),
                     "note",
                     "route '" + routeDesc(R, llvm::join(R.Methods, ",")) +
                         "' is registered but nothing calls it",
                     {}});
  }
  return Out;
}

std::vector<IndexFinding>
RouteIndex::findings(const IndexOptions &Options) const {
  std::vector<IndexFinding> Out = problems();
  auto Append = [&](std::vector<IndexFinding> More) {
    for (IndexFinding &F : More)
      Out.push_back(std::move(F));
  };
  Append(duplicates());
  std::vector<const RouteEntry *> Extra, Spec;
  for (const RouteEntry &R : Options.ManifestRoutes)
    Extra.push_back(&R);
  for (const RouteEntry &R : Options.SpecRoutes)
    Spec.push_back(&R);
  Append(mismatches(Extra, Spec));
  if (Options.CompareWithSpec)
    Append(specDifferences(Options.SpecRoutes, Options.Scope));
  if (Options.ReportUnused)
    Append(unused());
  llvm::stable_sort(Out, [](const IndexFinding &A, const IndexFinding &B) {
    return A.Pos < B.Pos;
  });
  return Out;
}

} // namespace wirecheck
