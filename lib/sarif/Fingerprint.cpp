//===--- Fingerprint.cpp - Finding fingerprints for baselines -------------===//
//
// xxh3 of the finding's key fields joined with the ASCII unit separator,
// printed as 16 lower-case hex digits.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/Fingerprint.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace wirecheck {
namespace sarif {

std::string normaliseMessage(StringRef Message) {
  std::string Out;
  bool Space = false, Number = false;
  for (char C : Message.trim()) {
    if (isSpace(C)) {
      Space = true;
      Number = false;
      continue;
    }
    if (Space && !Out.empty())
      Out += ' ';
    Space = false;
    if (isDigit(C)) {
      if (!Number)
        Out += '#';
      Number = true;
      continue;
    }
    Number = false;
    Out += C;
  }
  return Out;
}

/// What identifies a finding, without its ordinal.
static std::string keyOf(const Finding &F, StringRef File) {
  return (F.Rule + "\x1f" + File + "\x1f" + F.Function + "\x1f" +
          normaliseMessage(F.Message))
      .str();
}

static std::string hashOf(StringRef Key, unsigned Ordinal) {
  std::string Full = (Key + "\x1f" + Twine(Ordinal)).str();
  uint64_t Hash = xxh3_64bits(arrayRefFromStringRef(Full));
  return utohexstr(Hash, /*LowerCase=*/true, /*Width=*/16);
}

std::string fingerprint(const Finding &F, StringRef File, unsigned Ordinal) {
  return hashOf(keyOf(F, File), Ordinal);
}

std::string Fingerprinter::next(const Finding &F, StringRef File) {
  std::string Key = keyOf(F, File);
  unsigned Ordinal = Seen[Key]++;
  return hashOf(Key, Ordinal);
}

} // namespace sarif
} // namespace wirecheck
