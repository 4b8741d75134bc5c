//===--- Document.h - YAML/JSON trees with positions ------------*- C++ -*-===//
//
// The documents wirecheck reads (route and message manifests, OpenAPI and
// AsyncAPI documents) loaded once, through LLVM's YAML parser (which also
// reads JSON), into a small tree that remembers the line and column of every
// node. A tree, unlike the parser's forward-only stream, can be walked in any
// order, which `$ref` resolution needs. Loading checks the text is valid
// UTF-8 and valid YAML (JSON text: valid JSON) and names the first problem as
// `file:line:col: message`. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_DOCUMENT_H
#define WIRECHECK_LIB_SUPPORT_DOCUMENT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// Where a mapping key starts (1-based).
struct DocKeyPosition {
  unsigned Line = 1;
  unsigned Column = 1;
};

/// One node of a loaded document.
struct DocNode {
  enum KindTy { Null, Scalar, Mapping, Sequence };
  KindTy Kind = Null;
  /// Scalar: the value, unquoted and unescaped.
  std::string Value;
  /// Mapping: the keys, in document order, parallel to Items.
  std::vector<std::string> Keys;
  /// Mapping: where each key starts, parallel to Keys.
  std::vector<DocKeyPosition> KeyPositions;
  /// Mapping: the values; Sequence: the elements.
  std::vector<DocNode> Items;
  /// Where the node starts (1-based).
  unsigned Line = 1;
  unsigned Column = 1;

  bool isScalar() const { return Kind == Scalar; }
  bool isMapping() const { return Kind == Mapping; }
  bool isSequence() const { return Kind == Sequence; }
  /// The value under \p Key of a mapping, or nullptr.
  const DocNode *get(llvm::StringRef Key) const;
  /// The scalar value under \p Key of a mapping, or std::nullopt.
  std::optional<llvm::StringRef> getScalar(llvm::StringRef Key) const;
};

/// The deepest nesting a document may have; deeper input is an error rather
/// than a risk to the stack.
inline constexpr unsigned MaxDocumentDepth = 200;

/// Loads the first document of \p Text (YAML or JSON). \p Name is used in
/// errors, which read `Name:line:col: message`.
llvm::Expected<DocNode> parseDocument(llvm::StringRef Text,
                                      llvm::StringRef Name);

/// Reads the regular file \p Path (see readInputFile) and loads it.
llvm::Expected<DocNode> readDocument(llvm::StringRef Path);

/// An error at \p Line:\p Column of the document \p Name.
llvm::Error documentError(llvm::StringRef Name, unsigned Line, unsigned Column,
                          const llvm::Twine &Message);
/// An error at \p N of the document \p Name.
llvm::Error documentError(llvm::StringRef Name, const DocNode &N,
                          const llvm::Twine &Message);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_DOCUMENT_H
