//===--- DocumentRefs.cpp - Local $refs of a loaded document --------------===//

#include "lib/support/DocumentRefs.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

const DocNode *DocumentRefs::pointer(llvm::StringRef Ref) const {
  if (!Ref.consume_front("#"))
    return nullptr;
  const DocNode *N = &Root;
  if (Ref.empty())
    return N;
  if (!Ref.consume_front("/"))
    return nullptr;
  llvm::SmallVector<llvm::StringRef, 8> Tokens;
  Ref.split(Tokens, '/');
  for (llvm::StringRef Token : Tokens) {
    // `~1` and `~0` stand for `/` and `~`; percent-encoding is not decoded.
    std::string Key = Token.str();
    for (size_t P; (P = Key.find("~1")) != std::string::npos;)
      Key.replace(P, 2, "/");
    for (size_t P; (P = Key.find("~0")) != std::string::npos;)
      Key.replace(P, 2, "~");
    unsigned Index = 0;
    if (N->isMapping())
      N = N->get(Key);
    else if (N->isSequence() && !llvm::StringRef(Key).getAsInteger(10, Index))
      N = Index < N->Items.size() ? &N->Items[Index] : nullptr;
    else
      N = nullptr;
    if (!N)
      return nullptr;
  }
  return N;
}

void DocumentRefs::record(UnfollowedRef::KindTy Kind, const DocNode &RefNode,
                          llvm::StringRef Id) {
  if (Seen.insert(Id).second)
    Unfollowed.push_back({Kind, RefNode.Value, RefNode.Line, RefNode.Column});
}

const DocNode *DocumentRefs::resolve(const DocNode *N) {
  Last = Resolved;
  llvm::SmallVector<const DocNode *, 8> Chain;
  while (N && N->isMapping()) {
    const DocNode *RefNode = N->get("$ref");
    if (!RefNode || !RefNode->isScalar())
      return N;
    llvm::StringRef Ref = RefNode->Value;
    if (!Ref.starts_with("#")) {
      record(UnfollowedRef::External, *RefNode, Ref);
      Last = External;
      return nullptr;
    }
    if (auto *Again = llvm::find(Chain, N); Again != Chain.end()) {
      // One record per cycle, wherever the walk enters it.
      std::vector<std::string> Refs;
      for (const DocNode *Member : llvm::make_range(Again, Chain.end()))
        Refs.push_back(Member->get("$ref")->Value);
      llvm::sort(Refs);
      record(UnfollowedRef::Cycle, *RefNode, "cycle:" + llvm::join(Refs, "\n"));
      Last = Cycle;
      return nullptr;
    }
    Chain.push_back(N);
    const DocNode *Target = pointer(Ref);
    if (!Target) {
      DanglingAt = RefNode;
      Last = Dangling;
      return nullptr;
    }
    N = Target;
  }
  return N;
}

} // namespace wirecheck
