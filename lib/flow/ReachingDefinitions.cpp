//===--- ReachingDefinitions.cpp - Reaching definitions over a CFG --------===//

#include "lib/flow/ReachingDefinitions.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <deque>

using namespace clang;

namespace wirecheck {

ReachingDefinitions::ReachingDefinitions(const FunctionDecl &FD, Stmt *Body,
                                         ASTContext &Ctx, DefinitionFinder Find)
    : FD(FD) {
  CFG::BuildOptions Options;
  Options.AddEHEdges = true;
  Options.AddInitializers = true;
  Options.setAllAlwaysAdd();
  Cfg = CFG::buildCFG(&FD, Body, &Ctx, Options);
  if (!Cfg)
    return;
  collect(Find);
  markReachable();
  solve();
}

ReachingDefinitions::~ReachingDefinitions() = default;

/// Appends the definition on entry of \p V to \p Defs.
static void addEntry(std::vector<Definition> &Defs, const ValueDecl *V,
                     const CFG &Cfg) {
  Definition D;
  D.Var = V;
  D.Loc = V->getLocation();
  D.Entry = true;
  D.At = {static_cast<int>(Cfg.getEntry().getBlockID()), 0};
  Defs.push_back(D);
}

void ReachingDefinitions::collect(DefinitionFinder Find) {
  // Parameters first, so their entry definitions come before the body's.
  for (const ParmVarDecl *P : FD.parameters())
    addEntry(Defs, P, *Cfg);
  BlockDefs.resize(Cfg->getNumBlockIDs());
  for (const CFGBlock *B : *Cfg) {
    unsigned Index = 0;
    for (const CFGElement &E : *B) {
      CFGPoint At{static_cast<int>(B->getBlockID()), Index};
      if (std::optional<CFGStmt> CS = E.getAs<CFGStmt>())
        Points.try_emplace(CS->getStmt(), At);
      llvm::SmallVector<Definition, 2> Found;
      Find(E, At, Found);
      for (Definition &D : Found) {
        D.At = At;
        D.Entry = false;
        BlockDefs[B->getBlockID()].push_back(
            {Index, static_cast<unsigned>(Defs.size())});
        Defs.push_back(D);
      }
      ++Index;
    }
  }
  addEntryDefinitions();
  unsigned NumDefs = Defs.size();
  for (unsigned I = 0; I < NumDefs; ++I) {
    llvm::BitVector &Bits = DefsOf[Defs[I].Var];
    Bits.resize(NumDefs);
    Bits.set(I);
  }
}

void ReachingDefinitions::addEntryDefinitions() {
  // Members and captured variables defined here also have a value on entry.
  llvm::SmallPtrSet<const ValueDecl *, 8> Seen;
  for (const ParmVarDecl *P : FD.parameters())
    Seen.insert(P);
  for (size_t I = 0, N = Defs.size(); I < N; ++I) {
    const ValueDecl *V = Defs[I].Var;
    bool Local = isa<VarDecl>(V) && V->getDeclContext() == &FD;
    if (!Local && Seen.insert(V).second)
      addEntry(Defs, V, *Cfg);
  }
}

void ReachingDefinitions::markReachable() {
  Reachable.resize(Cfg->getNumBlockIDs());
  llvm::SmallVector<const CFGBlock *, 16> Stack{&Cfg->getEntry()};
  Reachable.set(Cfg->getEntry().getBlockID());
  while (!Stack.empty()) {
    const CFGBlock *B = Stack.pop_back_val();
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *S = Succ.getReachableBlock())
        if (!Reachable.test(S->getBlockID())) {
          Reachable.set(S->getBlockID());
          Stack.push_back(S);
        }
  }
}

llvm::BitVector ReachingDefinitions::transfer(unsigned Block,
                                              llvm::BitVector State,
                                              unsigned Until) const {
  for (auto [Index, D] : BlockDefs[Block]) {
    if (Index >= Until)
      break;
    State.reset(DefsOf.find(Defs[D].Var)->second); // Kill,
    State.set(D);                                  // then gen.
  }
  return State;
}

void ReachingDefinitions::solve() {
  // Forward worklist fixpoint: In[b] = union of Out[p] over predecessors.
  unsigned NumBlocks = Cfg->getNumBlockIDs();
  unsigned NumDefs = Defs.size();
  unsigned EntryID = Cfg->getEntry().getBlockID();
  In.assign(NumBlocks, llvm::BitVector(NumDefs));
  std::vector<llvm::BitVector> Out(NumBlocks, llvm::BitVector(NumDefs));
  for (unsigned I = 0; I < NumDefs; ++I)
    if (Defs[I].Entry)
      In[EntryID].set(I);
  std::deque<const CFGBlock *> Work;
  llvm::BitVector Queued(NumBlocks);
  for (const CFGBlock *B : *Cfg)
    if (Reachable.test(B->getBlockID())) {
      Work.push_back(B);
      Queued.set(B->getBlockID());
    }
  while (!Work.empty()) {
    const CFGBlock *B = Work.front();
    Work.pop_front();
    unsigned ID = B->getBlockID();
    Queued.reset(ID);
    if (ID != EntryID) {
      llvm::BitVector NewIn(NumDefs);
      for (const CFGBlock::AdjacentBlock &Pred : B->preds())
        if (const CFGBlock *P = Pred.getReachableBlock())
          NewIn |= Out[P->getBlockID()];
      In[ID] = NewIn;
    }
    llvm::BitVector NewOut = transfer(ID, In[ID], ~0u);
    if (NewOut == Out[ID])
      continue;
    Out[ID] = NewOut;
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *S = Succ.getReachableBlock())
        if (!Queued.test(S->getBlockID())) {
          Queued.set(S->getBlockID());
          Work.push_back(S);
        }
  }
}

CFGPoint ReachingDefinitions::pointOf(const Stmt *S) const {
  auto It = Points.find(S);
  return It == Points.end() ? CFGPoint() : It->second;
}

bool ReachingDefinitions::isReachable(CFGPoint P) const {
  return Cfg && !P.isAnywhere() &&
         Reachable.test(static_cast<unsigned>(P.Block));
}

llvm::SmallVector<const Definition *, 4>
ReachingDefinitions::reaching(const ValueDecl *Var, CFGPoint At) const {
  llvm::SmallVector<const Definition *, 4> Result;
  auto It = DefsOf.find(Var);
  if (It == DefsOf.end())
    return Result;
  if (At.isAnywhere() || !Cfg) {
    for (unsigned D : It->second.set_bits())
      if (!Defs[D].Entry)
        Result.push_back(&Defs[D]);
    // Flow-insensitive: the value on entry may reach too.
    for (unsigned D : It->second.set_bits())
      if (Defs[D].Entry)
        Result.push_back(&Defs[D]);
    return Result;
  }
  llvm::BitVector State = transfer(At.Block, In[At.Block], At.Index);
  State &= It->second;
  for (unsigned D : State.set_bits())
    Result.push_back(&Defs[D]);
  return Result;
}

} // namespace wirecheck
