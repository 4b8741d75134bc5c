//===--- DocumentRefs.h - Local $refs of a loaded document ------*- C++ -*-===//
//
// Owns the following of JSON-reference `$ref`s inside one loaded document
// (OpenAPI and AsyncAPI): local JSON pointers (`#/components/schemas/Id`,
// `~0`/`~1` unescaped) are followed through chains, a cycle is detected and
// recorded once whichever member the walk enters it by, and a `$ref` to
// another file or URL is recorded (first use of each target) and never
// followed. What to say about them is the reader's. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_DOCUMENTREFS_H
#define WIRECHECK_LIB_SUPPORT_DOCUMENTREFS_H

#include "lib/support/Document.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace wirecheck {

/// A `$ref` that was not followed, at its first use.
struct UnfollowedRef {
  enum KindTy {
    External, ///< Another file or a URL.
    Cycle,    ///< Part of a cycle of `$ref`s.
  };
  KindTy Kind = External;
  std::string Ref;
  unsigned Line = 1, Column = 1;
};

/// Follows the `$ref`s of the document \p Root.
class DocumentRefs {
public:
  explicit DocumentRefs(const DocNode &Root) : Root(Root) {}

  enum Outcome { Resolved, External, Cycle, Dangling };

  /// The node \p N stands for once its `$ref`s are followed: \p N itself if
  /// it is no `$ref`. nullptr when a `$ref` leads out of the document, into a
  /// cycle or nowhere; outcome() says which.
  const DocNode *resolve(const DocNode *N);
  /// What the last resolve() met.
  Outcome outcome() const { return Last; }
  /// After a Dangling resolve(): the `$ref` node and its text.
  const DocNode *danglingNode() const { return DanglingAt; }

  /// The node a local JSON pointer (`#/a/b`) names, or nullptr.
  const DocNode *pointer(llvm::StringRef Ref) const;

  /// The `$ref`s not followed so far: each external target and each cycle
  /// once, in the order met.
  const std::vector<UnfollowedRef> &unfollowed() const { return Unfollowed; }

private:
  void record(UnfollowedRef::KindTy Kind, const DocNode &RefNode,
              llvm::StringRef Id);

  const DocNode &Root;
  Outcome Last = Resolved;
  const DocNode *DanglingAt = nullptr;
  llvm::StringSet<> Seen;
  std::vector<UnfollowedRef> Unfollowed;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_DOCUMENTREFS_H
