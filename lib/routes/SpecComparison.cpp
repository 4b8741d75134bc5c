//===--- SpecComparison.cpp - Code routes against an OpenAPI spec ---------===//

#include "lib/routes/SpecComparison.h"
#include "lib/routes/RouteMatch.h"
#include "lib/routes/ValueClass.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <tuple>

namespace wirecheck {

SpecDirection parseSpecDirection(llvm::StringRef Option, llvm::StringRef Value,
                                 std::vector<OptionError> &Errors) {
  llvm::StringRef V = Value.trim();
  if (V == "both")
    return SpecDirection::Both;
  if (V == "spec-to-code")
    return SpecDirection::SpecToCode;
  if (V == "code-to-spec")
    return SpecDirection::CodeToSpec;
  Errors.push_back({Option.str(), Value.str(),
                    "is not one of 'both', 'spec-to-code', 'code-to-spec'"});
  return SpecDirection::Both;
}

std::vector<std::string> parseExcludeGlobs(llvm::StringRef Option,
                                           llvm::StringRef Value,
                                           std::vector<OptionError> &Errors) {
  std::vector<std::string> Globs;
  for (llvm::StringRef G : splitList(Value)) {
    if (!G.starts_with("/") && !G.starts_with("*")) {
      Errors.push_back({Option.str(), G.str(),
                        "is not a path glob (it must start with '/' or '*')"});
      continue;
    }
    Globs.push_back(G.str());
  }
  if (Globs.empty() && !Value.trim().empty() && Errors.empty())
    Errors.push_back({Option.str(), Value.str(), "lists no path glob"});
  return Globs;
}

/// `*` and `?` within one segment.
static bool wildcardMatch(llvm::StringRef Glob, llvm::StringRef Text) {
  if (Glob.empty())
    return Text.empty();
  if (Glob.front() == '*')
    return wildcardMatch(Glob.drop_front(), Text) ||
           (!Text.empty() && wildcardMatch(Glob, Text.drop_front()));
  if (Text.empty())
    return false;
  return (Glob.front() == '?' || Glob.front() == Text.front()) &&
         wildcardMatch(Glob.drop_front(), Text.drop_front());
}

static bool globMatch(llvm::ArrayRef<llvm::StringRef> Glob,
                      llvm::ArrayRef<llvm::StringRef> Path) {
  if (Glob.empty())
    return Path.empty();
  if (Glob.front() == "**")
    return globMatch(Glob.drop_front(), Path) ||
           (!Path.empty() && globMatch(Glob, Path.drop_front()));
  return !Path.empty() && wildcardMatch(Glob.front(), Path.front()) &&
         globMatch(Glob.drop_front(), Path.drop_front());
}

bool SpecScope::excludes(const RouteEntry &R) const {
  llvm::SmallVector<llvm::StringRef, 8> Path;
  llvm::StringRef(R.Pattern.source()).split(Path, '/', -1, false);
  for (const std::string &G : Exclude) {
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    llvm::StringRef(G).split(Parts, '/', -1, false);
    if (globMatch(Parts, Path))
      return true;
  }
  return false;
}

/// The values a segment of a route accepts.
static ValueClass segmentValues(const RouteSegment &S) {
  if (S.Values)
    return *S.Values;
  if (S.Kind == RouteSegment::Regex)
    return ValueClass::fromRegex(S.Text, /*Anchored=*/true);
  if (S.Kind != RouteSegment::Param)
    return ValueClass::unknown();
  switch (S.Type) {
  case SegmentType::Int:
    return ValueClass::integer(/*Signed=*/true);
  case SegmentType::UInt:
    // Reads as "digits", as the route's `\d+` or `[0-9]+` says.
    return ValueClass::fromRegex("[0-9]+", /*Anchored=*/true);
  case SegmentType::Double:
    return ValueClass::number();
  case SegmentType::Any:
  case SegmentType::String:
    break;
  }
  return ValueClass::unknown();
}

/// Can the code route \p Code take some request the spec's \p Op allows?
/// When the paths have the same shape but a parameter cannot, \p Why says
/// which.
static bool serves(const RouteEntry &Code, const RouteEntry &Op,
                   std::string *Why) {
  if (!sameShape(Code.Pattern, Op.Pattern))
    return false;
  llvm::ArrayRef<RouteSegment> C = Code.Pattern.segments(),
                               S = Op.Pattern.segments();
  for (size_t I = 0; I < C.size(); ++I) {
    if (C[I].Kind == RouteSegment::Literal)
      continue;
    ValueClass CV = segmentValues(C[I]), SV = segmentValues(S[I]);
    if (CV.overlaps(SV))
      continue;
    if (Why)
      *Why = "route '" + Code.Pattern.source() + "' accepts only " +
             CV.describe() + "; parameter '" + S[I].Text + "' is " +
             SV.describe();
    return false;
  }
  return true;
}

static std::string routeDesc(const RouteEntry &R, llvm::StringRef Method) {
  return (Method.empty() ? "" : Method.str() + " ") + R.Pattern.source();
}

std::optional<SpecGap> codeRouteGap(const RouteEntry &R, llvm::StringRef Method,
                                    llvm::ArrayRef<const RouteEntry *> Spec,
                                    const SpecScope &Scope) {
  if (!Scope.codeToSpec() || Scope.excludes(R) || R.Mount)
    return std::nullopt;
  SpecGap Gap;
  for (const RouteEntry *S : Spec) {
    if (!S->allows(Method))
      continue;
    std::string Why;
    if (serves(R, *S, &Why))
      return std::nullopt;
    if (!Why.empty() && Gap.Notes.empty())
      Gap.Notes.push_back({S, "the spec's route '" + S->Pattern.source() +
                                  "' differs: " + Why});
  }
  Gap.Message =
      "route '" + routeDesc(R, Method) + "' is not in the OpenAPI spec";
  return Gap;
}

std::vector<std::pair<const RouteEntry *, SpecGap>>
specOperationGaps(llvm::ArrayRef<const RouteEntry *> Spec,
                  llvm::ArrayRef<const RouteEntry *> Code,
                  const SpecScope &Scope) {
  // An operation under several base paths is several entries at one
  // position: it is served when any of them is.
  using OpKey = std::tuple<std::string, unsigned, unsigned, std::string>;
  std::map<OpKey, std::vector<const RouteEntry *>> Ops;
  std::vector<OpKey> Order;
  for (const RouteEntry *S : Spec) {
    OpKey K{S->File, S->Line, S->Column, S->methodList()};
    auto [It, New] = Ops.try_emplace(K);
    if (New)
      Order.push_back(K);
    It->second.push_back(S);
  }
  std::vector<std::pair<const RouteEntry *, SpecGap>> Out;
  if (!Scope.specToCode())
    return Out;
  for (const OpKey &K : Order) {
    const std::vector<const RouteEntry *> &Entries = Ops[K];
    const RouteEntry &First = *Entries.front();
    if (First.Internal || llvm::any_of(Entries, [&](const RouteEntry *S) {
          return Scope.excludes(*S);
        }))
      continue;
    llvm::StringRef M = First.Methods.empty()
                            ? llvm::StringRef()
                            : llvm::StringRef(First.Methods[0]);
    SpecGap Gap;
    bool Served = false;
    for (const RouteEntry *S : Entries)
      for (const RouteEntry *R : Code) {
        if (!R->allows(M))
          continue;
        std::string Why;
        if (serves(*R, *S, &Why)) {
          Served = true;
          break;
        }
        if (!Why.empty() && Gap.Notes.empty())
          Gap.Notes.push_back({R, Why});
      }
    if (Served)
      continue;
    Gap.Message = "route '" + routeDesc(First, M) +
                  "' of the OpenAPI spec is not registered in code";
    if (Entries.size() > 1)
      Gap.Message += " (under any of its " + std::to_string(Entries.size()) +
                     " server base paths)";
    Out.push_back({&First, std::move(Gap)});
  }
  return Out;
}

} // namespace wirecheck
