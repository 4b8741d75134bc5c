//===--- SettingKeys.cpp - Setting keys read under two names --------------===//

#include "lib/messages/SettingKeys.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <set>

namespace wirecheck {

/// \p Key split on `_`, `-` and `.`, upper-cased, empty tokens dropped.
static std::vector<std::string> tokens(llvm::StringRef Key) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::SplitString(Key, Parts, "_-.");
  std::vector<std::string> Out;
  for (llvm::StringRef P : Parts)
    Out.push_back(P.upper());
  return Out;
}

/// Tokens that add no meaning at the end of a key.
static bool isFiller(llvm::StringRef Token, llvm::StringRef Previous) {
  static constexpr llvm::StringLiteral Always[] = {"KEY", "VALUE", "VAL", "STR",
                                                   "STRING"};
  // `DB_SECRET_NAME` names a secret in a vault; `DB_SECRET` is its value.
  static constexpr llvm::StringLiteral Credentials[] = {
      "KEY", "SECRET", "TOKEN", "PASSWORD", "PASS", "PWD", "CREDENTIALS"};
  if (llvm::is_contained(Always, Token))
    return true;
  return Token == "NAME" && !llvm::is_contained(Credentials, Previous);
}

/// Is \p Long the tokens of \p Short plus one filler token?
static bool hasExtraQualifier(llvm::ArrayRef<std::string> Short,
                              llvm::ArrayRef<std::string> Long) {
  return Short.size() >= 2 && Long.size() == Short.size() + 1 &&
         Long.drop_back() == Short && isFiller(Long.back(), Short.back());
}

static bool hasDigit(llvm::StringRef S) {
  return llvm::any_of(S, llvm::isDigit);
}

/// Can \p Token take part in a one-letter typo (rule 3)?
static bool isTypoToken(llvm::StringRef Token) {
  return Token.size() >= 5 && !hasDigit(Token);
}

/// Do \p A and \p B differ in one token, by one edit, on long words?
static bool isOneTokenTypo(llvm::ArrayRef<std::string> A,
                           llvm::ArrayRef<std::string> B) {
  if (A.size() != B.size() || A.size() < 2)
    return false;
  std::optional<size_t> Differs;
  for (size_t I = 0; I < A.size(); ++I) {
    if (A[I] == B[I])
      continue;
    if (Differs)
      return false;
    Differs = I;
  }
  if (!Differs)
    return false;
  llvm::StringRef TA = A[*Differs], TB = B[*Differs];
  if (!isTypoToken(TA) || !isTypoToken(TB))
    return false;
  return TA.edit_distance(TB, /*AllowReplacements=*/true, 1) == 1;
}

std::optional<SettingSimilarity> similarSettingKeys(llvm::StringRef A,
                                                    llvm::StringRef B) {
  if (A == B)
    return std::nullopt;
  std::vector<std::string> TA = tokens(A), TB = tokens(B);
  if (llvm::join(TA, "") == llvm::join(TB, ""))
    return SettingSimilarity::Spelling;
  if (hasExtraQualifier(TA, TB) || hasExtraQualifier(TB, TA))
    return SettingSimilarity::Qualifier;
  if (isOneTokenTypo(TA, TB))
    return SettingSimilarity::Typo;
  return std::nullopt;
}

SettingAllowList parseSettingAllowList(llvm::StringRef Option,
                                       llvm::StringRef Value,
                                       std::vector<OptionError> &Errors) {
  SettingAllowList L;
  for (llvm::StringRef Entry : splitList(Value)) {
    auto [First, Second] = Entry.split('=');
    First = First.trim();
    Second = Second.trim();
    bool IsPair = Entry.contains('=');
    if (First.empty() || (IsPair && (Second.empty() || Second.contains('=')))) {
      Errors.push_back({Option.str(), Entry.str(),
                        "expected a key or a pair 'KEY=OTHER_KEY'"});
      continue;
    }
    if (IsPair)
      L.Pairs.emplace_back(First.str(), Second.str());
    else
      L.Keys.push_back(First.str());
  }
  return L;
}

namespace {
/// Every read of one key.
struct KeyReads {
  std::string Key;
  std::vector<std::string> Tokens;
  /// Each component and its first read.
  std::map<std::string, const SettingRead *> Components;
  size_t Count = 0;
};
} // namespace

/// The bucket names of \p T for rule 3: for each token that can be a typo,
/// the key with that token replaced by each of its one-letter deletions and
/// by itself. Two tokens one edit apart share one of these (a substitution
/// deletes to the same word, an insertion deletes to the shorter word).
static void typoBuckets(llvm::ArrayRef<std::string> T,
                        std::vector<std::string> &Out) {
  for (size_t P = 0; T.size() >= 2 && P < T.size(); ++P) {
    if (!isTypoToken(T[P]))
      continue;
    std::vector<std::string> Masked(T.begin(), T.end());
    for (size_t Del = 0; Del <= T[P].size(); ++Del) {
      Masked[P] = T[P];
      if (Del < T[P].size())
        Masked[P].erase(Del, 1);
      Out.push_back("~" + std::to_string(P) + "_" + llvm::join(Masked, "_"));
    }
  }
}

/// The indices of keys that may be similar: keys sharing a bucket. The
/// buckets cover rules 1 to 3 and hold only keys that are near each other,
/// so the cost grows with the number of keys, not with its square.
static std::set<std::pair<size_t, size_t>>
candidatePairs(llvm::ArrayRef<KeyReads> Keys) {
  llvm::StringMap<std::vector<size_t>> Buckets;
  std::vector<std::string> Names;
  for (size_t I = 0; I < Keys.size(); ++I) {
    llvm::ArrayRef<std::string> T = Keys[I].Tokens;
    Names.clear();
    // Rule 1: the folded spelling.
    Names.push_back("=" + llvm::join(T, ""));
    // Rule 2: the key itself, and without its last token if that is a
    // filler.
    Names.push_back("+" + llvm::join(T, "_"));
    if (T.size() >= 3 && isFiller(T.back(), T[T.size() - 2]))
      Names.push_back("+" + llvm::join(T.drop_back(), "_"));
    typoBuckets(T, Names);
    for (std::string &Name : Names) {
      std::vector<size_t> &B = Buckets[Name];
      if (B.empty() || B.back() != I)
        B.push_back(I);
    }
  }
  std::set<std::pair<size_t, size_t>> Pairs;
  for (const auto &B : Buckets)
    for (size_t I = 0; I < B.second.size(); ++I)
      for (size_t J = I + 1; J < B.second.size(); ++J)
        Pairs.insert({B.second[I], B.second[J]});
  return Pairs;
}

static bool isAllowed(const SettingAllowList &L, llvm::StringRef A,
                      llvm::StringRef B) {
  if (llvm::is_contained(L.Keys, A) || llvm::is_contained(L.Keys, B))
    return true;
  return llvm::any_of(L.Pairs, [&](const auto &P) {
    return (P.first == A && P.second == B) || (P.first == B && P.second == A);
  });
}

static llvm::StringRef describe(SettingSimilarity S, const KeyReads &Key,
                                const KeyReads &Other, std::string &Storage) {
  switch (S) {
  case SettingSimilarity::Spelling:
    return "differs from it only in case or separators";
  case SettingSimilarity::Qualifier: {
    const KeyReads &Longer =
        Key.Tokens.size() > Other.Tokens.size() ? Key : Other;
    Storage =
        "differs from it only by the extra '" + Longer.Tokens.back() + "'";
    return Storage;
  }
  case SettingSimilarity::Typo:
    break;
  }
  return "differs from it by one letter";
}

/// The finding on \p A and \p B, or std::nullopt when they are read in the
/// same component only or one component reads both.
static std::optional<SettingPairFinding>
pairFinding(SettingSimilarity S, const KeyReads &A, const KeyReads &B) {
  for (const auto &C : A.Components)
    if (B.Components.count(C.first))
      return std::nullopt;
  // Report the key read in fewer places: it is the odd one out.
  bool AFirst = std::make_tuple(A.Count, B.Key.size(), A.Key) <
                std::make_tuple(B.Count, A.Key.size(), B.Key);
  const KeyReads &Key = AFirst ? A : B;
  const KeyReads &Other = AFirst ? B : A;
  const SettingRead *Read = Key.Components.begin()->second;
  const SettingRead *OtherRead = Other.Components.begin()->second;
  SettingPairFinding F;
  F.Similarity = S;
  F.Key = Key.Key;
  F.OtherKey = Other.Key;
  F.Loc = Read->Loc;
  std::string Storage;
  F.Message = "setting '" + Key.Key + "' read in '" + Read->Component +
              "' and '" + Other.Key + "' read in '" + OtherRead->Component +
              "': '" + Key.Key + "' " + describe(S, Key, Other, Storage).str() +
              "; are they the same setting?";
  F.Notes.push_back({OtherRead->Loc, "'" + Other.Key + "' is read here, in '" +
                                         OtherRead->Component + "'"});
  return F;
}

std::vector<SettingPairFinding>
findSettingPairs(llvm::ArrayRef<SettingRead> Reads,
                 const SettingAllowList &Allowed) {
  std::vector<KeyReads> Keys;
  llvm::StringMap<size_t> Slot;
  for (const SettingRead &R : Reads) {
    auto [It, New] = Slot.try_emplace(R.Key, Keys.size());
    if (New) {
      Keys.emplace_back();
      Keys.back().Key = R.Key;
      Keys.back().Tokens = tokens(R.Key);
    }
    KeyReads &K = Keys[It->second];
    ++K.Count;
    const SettingRead *&First = K.Components[R.Component];
    if (!First || R.Loc < First->Loc)
      First = &R;
  }
  std::vector<SettingPairFinding> Out;
  for (auto [I, J] : candidatePairs(Keys)) {
    const KeyReads &A = Keys[I], &B = Keys[J];
    std::optional<SettingSimilarity> S = similarSettingKeys(A.Key, B.Key);
    if (!S || isAllowed(Allowed, A.Key, B.Key))
      continue;
    if (std::optional<SettingPairFinding> F = pairFinding(*S, A, B))
      Out.push_back(std::move(*F));
  }
  llvm::sort(Out, [](const SettingPairFinding &X, const SettingPairFinding &Y) {
    return std::tie(X.Loc, X.Key, X.OtherKey) <
           std::tie(Y.Loc, Y.Key, Y.OtherKey);
  });
  return Out;
}

} // namespace wirecheck
