//===--- Finding.h - A clang-tidy finding and its positions -----*- C++ -*-===//
//
// The model the SARIF converter works on: one clang-tidy finding with its
// notes and fix-it, positions in a source file (line, code-point column and
// byte offset) and the conversion between offsets and positions. The
// parsers (TidyOutput.h) fill it; the log writer (SarifLog.h) reads it.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_FINDING_H
#define WIRECHECK_LIB_SARIF_FINDING_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {
namespace sarif {

/// A position in a file: 1-based line and column (in Unicode code points,
/// SARIF's "unicodeCodePoints" column kind) and the byte offset.
struct Position {
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned Offset = 0;
};

/// A span of replaced text and what replaces it.
struct Replacement {
  std::string File;
  Position Begin;
  Position End;
  std::string Text;
};

/// A secondary location of a finding (a clang-tidy note).
struct Note {
  std::string Message;
  std::string File;
  Position Where;
};

/// One clang-tidy finding.
struct Finding {
  std::string Rule; // The check name, e.g. wire-enum-serialization.
  std::string Level = "warning"; // SARIF level: warning, error or note.
  std::string Message;
  std::string File;
  Position Where;
  std::string Function; // The enclosing function, empty at file scope.
  std::vector<Note> Notes;
  std::vector<Replacement> Fix;
};

/// Returns the contents of a source file, or std::nullopt if unreadable.
using FileReader =
    llvm::function_ref<std::optional<std::string>(llvm::StringRef Path)>;

/// The line starts of a source: positions of many offsets in one file cost
/// a binary search each, not a scan from the start of the file.
class LineTable {
public:
  /// \p Source must outlive the table.
  explicit LineTable(llvm::StringRef Source);

  /// The position of byte \p Offset (clamped to the end of the source).
  Position positionOf(unsigned Offset) const;

  /// The byte offset of 1-based \p Line and byte column \p Column; the end
  /// of the source past its last line.
  unsigned offsetOf(unsigned Line, unsigned Column) const;

private:
  llvm::StringRef Source;
  std::vector<unsigned> Starts; // The offset of each line's first byte.
};

/// The position of byte \p Offset in \p Source (one lookup: LineTable for
/// many).
Position positionOf(llvm::StringRef Source, unsigned Offset);

/// The byte offset of 1-based \p Line and byte column \p Column.
unsigned offsetOf(llvm::StringRef Source, unsigned Line, unsigned Column);

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_FINDING_H
