//===--- Fingerprint.h - Finding fingerprints for baselines -----*- C++ -*-===//
//
// The partialFingerprints of a SARIF result: a hash of what identifies a
// finding across unrelated edits (rule, file, enclosing function, message
// with numbers and whitespace normalised, and an ordinal among identical
// findings), never its line or column. A baseline compares these.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_FINGERPRINT_H
#define WIRECHECK_LIB_SARIF_FINGERPRINT_H

#include "lib/sarif/Finding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace wirecheck {
namespace sarif {

/// The name of our entry in a result's partialFingerprints.
inline constexpr llvm::StringLiteral FingerprintKey = "wirecheck/v1";

/// The message with what changes between unrelated edits taken out:
/// whitespace collapsed, numbers replaced by `#`.
std::string normaliseMessage(llvm::StringRef Message);

/// The fingerprint of a finding: rule, file (as given), enclosing function,
/// normalised message and \p Ordinal (the count of earlier findings with the
/// same key), but no line or column.
std::string fingerprint(const Finding &F, llvm::StringRef File,
                        unsigned Ordinal);

/// Fingerprints a sequence of findings, numbering identical ones in order.
class Fingerprinter {
public:
  /// The fingerprint of \p F in \p File (as it appears in the log), with the
  /// ordinal that counts the findings with the same key seen before.
  std::string next(const Finding &F, llvm::StringRef File);

private:
  llvm::StringMap<unsigned> Seen; // Key without ordinal -> count.
};

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_FINGERPRINT_H
