//===--- DocReader.h - Walking JSON and YAML route documents ----*- C++ -*-===//
//
// Owns what the manifest and OpenAPI readers share: reading a document file,
// checking its JSON or YAML syntax, walking its nodes, and reporting the
// first error as `Name:line:col: message`. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_DOCREADER_H
#define WIRECHECK_LIB_ROUTES_DOCREADER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include <optional>
#include <string>
#include <utility>

namespace wirecheck {

/// Walks a YAML (or JSON) document and reports the first error with its
/// line and column.
class DocReader {
public:
  DocReader(llvm::StringRef Text, llvm::StringRef Name)
      : Text(Text), Name(Name.str()) {}

  /// Checks the syntax; on failure returns the error.
  llvm::Error validate();

  /// Runs \p Walk on the root node of the first document.
  llvm::Error walk(llvm::function_ref<void(llvm::yaml::Node &)> Walk);

  /// Records \p Message at \p N, unless an error is already recorded.
  void error(llvm::yaml::Node *N, const llvm::Twine &Message);
  void errorAt(unsigned Line, unsigned Column, const llvm::Twine &Message);
  bool failed() const { return Failed; }

  /// The scalar text of \p N, or std::nullopt (with an error) when \p N is
  /// not a scalar.
  std::optional<std::string> scalar(llvm::yaml::Node *N, llvm::StringRef What);

  /// The line and column of \p N; only while walking.
  std::pair<unsigned, unsigned> position(llvm::yaml::Node *N) const {
    return SM->getLineAndColumn(N->getSourceRange().Start);
  }

  /// The recorded error, or success.
  llvm::Error takeError();

private:
  llvm::StringRef Text;
  std::string Name;
  llvm::SourceMgr *SM = nullptr;
  bool Failed = false;
  std::string Msg;
};

/// Calls \p F for each key/value of the mapping \p N; reports an error when
/// \p N is not a mapping.
void forEachKey(DocReader &R, llvm::yaml::Node *N, llvm::StringRef What,
                llvm::function_ref<void(llvm::StringRef, llvm::yaml::Node *,
                                        llvm::yaml::Node *)>
                    F);

/// Reads the file \p Path; the error reads `Path:1:1: cannot read ...`.
llvm::Expected<std::string> readDocumentFile(llvm::StringRef Path);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_DOCREADER_H
