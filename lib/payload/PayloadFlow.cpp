//===--- PayloadFlow.cpp - Wrapper output into transport sinks ------------===//

#include "lib/payload/PayloadFlow.h"
#include "lib/support/DeclNames.h"
#include "lib/sinks/SinkCatalogue.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace wirecheck {

namespace {
/// A place in a function's CFG: before element Index of block Block. A
/// negative Block means "anywhere" (flow-insensitive: every definition).
struct Where {
  int Block = -1;
  unsigned Index = 0;
};
} // namespace

struct PayloadFlow::Point : Where {
  Point() = default;
  Point(Where W) : Where(W) {}
};

struct PayloadFlow::Verdict {
  bool Direct = false;
  llvm::SmallVector<PayloadNote, 4> Notes;
  /// Parameters whose value on entry reaches the payload, with the
  /// expression that reads each.
  llvm::SmallVector<std::pair<const ParmVarDecl *, const Expr *>, 2> Params;

  void merge(const Verdict &Other) {
    Notes.append(Other.Notes.begin(), Other.Notes.end());
    Params.append(Other.Params.begin(), Other.Params.end());
  }
};

struct PayloadFlow::Chain {
  const FunctionDecl *Function = nullptr;
  const ParmVarDecl *Param = nullptr;
  const Expr *Site = nullptr;
  const Chain *Next = nullptr;
  const FunctionDecl *Sink = nullptr;
};

struct PayloadFlow::FieldWrite {
  const Expr *Value = nullptr;              // Null for a modification.
  const Stmt *Site = nullptr;               // The assignment, or null.
  const CXXConstructorDecl *Ctor = nullptr; // For a member initializer.
  SourceLocation Loc;
  PayloadNoteKind Kind = PayloadNoteKind::Assignment;
};

namespace {
/// One definition of a tracked variable, parameter or member.
struct Def {
  const ValueDecl *Var;
  const Expr *Value; // Null: default-initialized or modified in place.
  PayloadNoteKind Kind;
  SourceLocation Loc;
  Where At;
  bool Entry = false;      // The value on entry to the function.
  bool WrapperOut = false; // Written by a wrapper through an out-parameter.
};
} // namespace

struct PayloadFlow::FunctionAnalysis {
  const FunctionDecl *FD = nullptr;
  std::unique_ptr<CFG> Cfg;
  std::vector<Def> Defs;
  llvm::DenseMap<const ValueDecl *, llvm::BitVector> DefsOf;
  llvm::DenseMap<const Stmt *, Where> Points;
  llvm::DenseMap<const CXXRecordDecl *, Where> Lambdas;
  /// Per block: (element index, definition) in element order.
  std::vector<llvm::SmallVector<std::pair<unsigned, unsigned>, 4>> BlockDefs;
  std::vector<llvm::BitVector> In;
  llvm::BitVector Reachable;
  /// Returned values (return and co_return) in reachable blocks.
  llvm::SmallVector<std::pair<const Expr *, Where>, 4> Returns;

  Where pointOf(const Stmt *S) const {
    auto It = Points.find(S);
    return It == Points.end() ? Where() : It->second;
  }

  /// The definitions of \p Var that reach \p At.
  llvm::SmallVector<const Def *, 4> reaching(const ValueDecl *Var,
                                             Where At) const {
    llvm::SmallVector<const Def *, 4> Result;
    auto It = DefsOf.find(Var);
    if (It == DefsOf.end())
      return Result;
    if (At.Block < 0 || !Cfg) {
      for (unsigned D : It->second.set_bits())
        if (!Defs[D].Entry)
          Result.push_back(&Defs[D]);
      // Flow-insensitive: the entry value may reach too.
      for (unsigned D : It->second.set_bits())
        if (Defs[D].Entry)
          Result.push_back(&Defs[D]);
      return Result;
    }
    llvm::BitVector State = In[At.Block];
    for (auto [Index, D] : BlockDefs[At.Block]) {
      if (Index >= At.Index)
        break;
      State.reset(DefsOf.find(Defs[D].Var)->second);
      State.set(D);
    }
    State &= It->second;
    for (unsigned D : State.set_bits())
      Result.push_back(&Defs[D]);
    return Result;
  }
};

PayloadFlow::PayloadFlow(ASTContext &Ctx, llvm::ArrayRef<FunctionSpec> Sinks,
                         llvm::ArrayRef<QualifiedName> Wrappers)
    : Ctx(Ctx), Sinks(Sinks.begin(), Sinks.end()),
      Wrappers(Wrappers.begin(), Wrappers.end()) {}

PayloadFlow::~PayloadFlow() = default;

int PayloadFlow::sinkIndex(const FunctionDecl &FD) {
  auto [It, Inserted] = SinkCache.try_emplace(&FD, -1);
  if (Inserted)
    for (const FunctionSpec &S : Sinks)
      if (matchesName(FD, S.Name)) {
        It->second = static_cast<int>(S.Index.value_or(0));
        break;
      }
  return It->second;
}

bool PayloadFlow::isWrapper(const FunctionDecl &FD) {
  auto [It, Inserted] = WrapperCache.try_emplace(&FD, false);
  if (Inserted)
    It->second = matchesAnyName(FD, Wrappers);
  return It->second;
}

void PayloadFlow::addCall(const Expr &Call) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return;
  int Index = sinkIndex(*Callee);
  if (Index >= 0) {
    if (const Expr *Arg = argumentForParam(Call, *Callee, Index)) {
      Chains.push_back({});
      Chains.back().Sink = Callee;
      Sends.push_back({&Call, Arg, &Chains.back()});
    }
    return;
  }
  if (!Callee->doesThisDeclarationHaveABody() && !Callee->isDefined())
    return;
  if (Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
    return;
  CallsTo[Callee->getCanonicalDecl()].push_back(&Call);
}

void PayloadFlow::addFunction(const FunctionDecl &FD) {
  if (!FD.doesThisDeclarationHaveABody() || FD.isDependentContext())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = SM.getFileLoc(FD.getSourceRange().getBegin());
  SourceLocation End = SM.getFileLoc(FD.getSourceRange().getEnd());
  if (Begin.isInvalid() || End.isInvalid() || SM.isInSystemHeader(Begin))
    return;
  auto [BeginFile, BeginOffset] = SM.getDecomposedLoc(Begin);
  auto [EndFile, EndOffset] = SM.getDecomposedLoc(End);
  if (BeginFile != EndFile || EndOffset < BeginOffset)
    return;
  Functions[BeginFile].push_back({BeginOffset, EndOffset, &FD});
}

const FunctionDecl *PayloadFlow::enclosingFunction(const Stmt &S) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getFileLoc(S.getBeginLoc());
  if (Loc.isInvalid())
    return nullptr;
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  auto It = Functions.find(File);
  if (It == Functions.end())
    return nullptr;
  llvm::SmallVector<const FunctionRange *, 4> Candidates;
  for (const FunctionRange &R : It->second)
    if (R.Begin <= Offset && Offset <= R.End)
      Candidates.push_back(&R);
  // Innermost first; the function's CFG confirms the statement is its own
  // (instantiations of one template share their source range).
  llvm::stable_sort(Candidates,
                    [](const FunctionRange *A, const FunctionRange *B) {
                      return A->End - A->Begin < B->End - B->Begin;
                    });
  for (const FunctionRange *R : Candidates)
    if (FunctionAnalysis *FA = analysis(*R->FD))
      if (FA->Points.count(&S))
        return R->FD;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Per-function reaching definitions
//===----------------------------------------------------------------------===//

static bool isStdFunction(const FunctionDecl *FD,
                          llvm::ArrayRef<StringRef> Names) {
  return FD && FD->getIdentifier() && isInNamespace(*FD, "std") &&
         llvm::is_contained(Names, FD->getName());
}

/// The variable, parameter or member of `this` that \p E designates.
static const ValueDecl *target(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    return VD && VD->hasLocalStorage() ? VD : nullptr;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

/// A non-const method that returns nothing or the object itself (`append`,
/// `clear`, `assign`): it changes the value in place.
static bool isMutator(const CXXMethodDecl &MD) {
  if (MD.isConst() || MD.isStatic() || isa<CXXConversionDecl>(MD) ||
      MD.isCopyAssignmentOperator() || MD.isMoveAssignmentOperator())
    return false;
  QualType R = MD.getReturnType();
  if (R->isVoidType())
    return true;
  if (!R->isReferenceType())
    return false;
  const CXXRecordDecl *RD = R.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->getCanonicalDecl() == MD.getParent()->getCanonicalDecl();
}

namespace {
/// Finds the definitions a CFG element makes.
class DefFinder {
public:
  DefFinder(llvm::function_ref<bool(const FunctionDecl &)> IsWrapper,
            llvm::function_ref<bool(const FunctionDecl &)> IsSink)
      : IsWrapper(IsWrapper), IsSink(IsSink) {}

  void find(const Stmt *S, llvm::SmallVectorImpl<Def> &Out) {
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        if (!VD || !VD->hasLocalStorage())
          continue;
        const Expr *Init = VD->getInit();
        if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init))
          if (Construct->getNumArgs() == 0)
            Init = nullptr;
        Out.push_back({VD,
                       Init,
                       Init ? PayloadNoteKind::Initialization
                            : PayloadNoteKind::DefaultInit,
                       VD->getLocation(),
                       {}});
      }
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (!BO->isAssignmentOp())
        return;
      if (const ValueDecl *V = target(BO->getLHS()))
        Out.push_back({V,
                       BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr,
                       BO->getOpcode() == BO_Assign
                           ? PayloadNoteKind::Assignment
                           : PayloadNoteKind::Modification,
                       BO->getOperatorLoc(),
                       {}});
      return;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      if (Op->isAssignmentOp() && Op->getNumArgs() == 2) {
        if (const ValueDecl *V = target(Op->getArg(0)))
          Out.push_back(
              {V,
               Op->getOperator() == OO_Equal ? Op->getArg(1) : nullptr,
               Op->getOperator() == OO_Equal ? PayloadNoteKind::Assignment
                                             : PayloadNoteKind::Modification,
               Op->getOperatorLoc(),
               {}});
        return;
      }
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S)) {
      const CXXMethodDecl *MD = Member->getMethodDecl();
      if (MD && isMutator(*MD))
        if (const ValueDecl *V = target(Member->getImplicitObjectArgument()))
          Out.push_back({V,
                         nullptr,
                         PayloadNoteKind::Modification,
                         Member->getExprLoc(),
                         {}});
    }
    if (const auto *Call = dyn_cast<CallExpr>(S))
      findOutParams(*Call, Out);
  }

private:
  /// Arguments bound to non-const lvalue references may be rewritten by the
  /// callee: by a wrapper, that is wrapper output; otherwise a change.
  void findOutParams(const CallExpr &Call, llvm::SmallVectorImpl<Def> &Out) {
    const FunctionDecl *Callee = Call.getDirectCallee();
    if (!Callee || isStdFunction(Callee, {"move", "forward", "as_const"}) ||
        IsSink(*Callee))
      return;
    bool Wrapper = IsWrapper(*Callee);
    for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
      QualType T = Callee->getParamDecl(I)->getType();
      if (!T->isLValueReferenceType() ||
          T.getNonReferenceType().isConstQualified())
        continue;
      const Expr *Arg = argumentForParam(Call, *Callee, I);
      const ValueDecl *V = Arg ? target(Arg) : nullptr;
      if (!V)
        continue;
      Def D{V, nullptr, PayloadNoteKind::Modification, Arg->getExprLoc(), {}};
      D.WrapperOut = Wrapper;
      Out.push_back(D);
    }
  }

  llvm::function_ref<bool(const FunctionDecl &)> IsWrapper;
  llvm::function_ref<bool(const FunctionDecl &)> IsSink;
};
} // namespace

/// The statements a coroutine body is made of, or the plain body.
static Stmt *analysedBody(const FunctionDecl &FD) {
  Stmt *Body = FD.getBody();
  if (auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    return Coroutine->getBody();
  return Body;
}

PayloadFlow::FunctionAnalysis *PayloadFlow::analysis(const FunctionDecl &FD) {
  auto [It, Inserted] = Analyses.try_emplace(&FD);
  if (!Inserted)
    return It->second.get();
  Stmt *Body = analysedBody(FD);
  if (!Body || FD.isInvalidDecl() || FD.isDependentContext())
    return nullptr;
  auto FA = std::make_unique<FunctionAnalysis>();
  FA->FD = &FD;
  CFG::BuildOptions Options;
  Options.AddEHEdges = true;
  Options.AddInitializers = true;
  Options.setAllAlwaysAdd();
  FA->Cfg = CFG::buildCFG(&FD, Body, &Ctx, Options);
  if (!FA->Cfg)
    return (It->second = std::move(FA)).get();

  const CFG &Cfg = *FA->Cfg;
  unsigned NumBlocks = Cfg.getNumBlockIDs();
  FA->BlockDefs.resize(NumBlocks);
  auto IsWrapper = [&](const FunctionDecl &F) { return isWrapper(F); };
  auto IsSink = [&](const FunctionDecl &F) { return sinkIndex(F) >= 0; };
  DefFinder Finder(IsWrapper, IsSink);

  // Entry definitions: parameters, members and captured variables.
  auto AddEntry = [&](const ValueDecl *V) {
    Def D{V, nullptr, PayloadNoteKind::Untraced, V->getLocation(), {}};
    D.Entry = true;
    D.At = {static_cast<int>(Cfg.getEntry().getBlockID()), 0};
    FA->Defs.push_back(D);
  };
  for (const ParmVarDecl *P : FD.parameters())
    AddEntry(P);

  for (const CFGBlock *B : Cfg) {
    unsigned Index = 0;
    for (const CFGElement &E : *B) {
      Where At{static_cast<int>(B->getBlockID()), Index};
      llvm::SmallVector<Def, 2> Found;
      if (std::optional<CFGStmt> CS = E.getAs<CFGStmt>()) {
        const Stmt *S = CS->getStmt();
        FA->Points.try_emplace(S, At);
        if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
          FA->Lambdas.try_emplace(Lambda->getLambdaClass(), At);
        if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
          if (Return->getRetValue())
            FA->Returns.push_back({Return->getRetValue(), At});
        } else if (const auto *CoReturn = dyn_cast<CoreturnStmt>(S)) {
          if (CoReturn->getOperand())
            FA->Returns.push_back({CoReturn->getOperand(), At});
        }
        // Definitions whose value has errors are kept: classify() accepts
        // such a value, so broken code produces no finding of its own.
        Finder.find(S, Found);
      } else if (std::optional<CFGInitializer> CI = E.getAs<CFGInitializer>()) {
        const CXXCtorInitializer *Init = CI->getInitializer();
        if (Init->getMember() && Init->getInit())
          Found.push_back({Init->getMember(),
                           Init->getInit(),
                           PayloadNoteKind::Initialization,
                           Init->getSourceLocation(),
                           {}});
      }
      for (Def &D : Found) {
        D.At = At;
        FA->BlockDefs[B->getBlockID()].push_back(
            {Index, static_cast<unsigned>(FA->Defs.size())});
        FA->Defs.push_back(D);
      }
      ++Index;
    }
  }
  // Members and captured variables defined here also have an entry value.
  llvm::SmallPtrSet<const ValueDecl *, 8> Seen;
  for (const ParmVarDecl *P : FD.parameters())
    Seen.insert(P);
  for (size_t I = 0, N = FA->Defs.size(); I < N; ++I) {
    const ValueDecl *V = FA->Defs[I].Var;
    bool Local = isa<VarDecl>(V) && V->getDeclContext() == &FD;
    if (!Local && Seen.insert(V).second)
      AddEntry(V);
  }
  unsigned NumDefs = FA->Defs.size();
  for (unsigned I = 0; I < NumDefs; ++I) {
    llvm::BitVector &Bits = FA->DefsOf[FA->Defs[I].Var];
    Bits.resize(NumDefs);
    Bits.set(I);
  }

  // Reachability from the entry block.
  FA->Reachable.resize(NumBlocks);
  llvm::SmallVector<const CFGBlock *, 16> Stack{&Cfg.getEntry()};
  FA->Reachable.set(Cfg.getEntry().getBlockID());
  while (!Stack.empty()) {
    const CFGBlock *B = Stack.pop_back_val();
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *S = Succ.getReachableBlock())
        if (!FA->Reachable.test(S->getBlockID())) {
          FA->Reachable.set(S->getBlockID());
          Stack.push_back(S);
        }
  }

  // Forward fixpoint: In[b] = union of Out[p] over predecessors.
  FA->In.assign(NumBlocks, llvm::BitVector(NumDefs));
  std::vector<llvm::BitVector> Out(NumBlocks, llvm::BitVector(NumDefs));
  for (unsigned I = 0; I < NumDefs; ++I)
    if (FA->Defs[I].Entry)
      FA->In[Cfg.getEntry().getBlockID()].set(I);
  auto Transfer = [&](unsigned Block) {
    llvm::BitVector State = FA->In[Block];
    for (auto [Index, D] : FA->BlockDefs[Block]) {
      State.reset(FA->DefsOf[FA->Defs[D].Var]);
      State.set(D);
    }
    return State;
  };
  std::deque<const CFGBlock *> Work;
  llvm::BitVector Queued(NumBlocks);
  for (const CFGBlock *B : Cfg)
    if (FA->Reachable.test(B->getBlockID())) {
      Work.push_back(B);
      Queued.set(B->getBlockID());
    }
  while (!Work.empty()) {
    const CFGBlock *B = Work.front();
    Work.pop_front();
    unsigned ID = B->getBlockID();
    Queued.reset(ID);
    if (B != &Cfg.getEntry()) {
      llvm::BitVector NewIn(NumDefs);
      for (const CFGBlock::AdjacentBlock &Pred : B->preds())
        if (const CFGBlock *P = Pred.getReachableBlock())
          NewIn |= Out[P->getBlockID()];
      FA->In[ID] = NewIn;
    }
    llvm::BitVector NewOut = Transfer(ID);
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
  // Returns in unreachable blocks do not count.
  llvm::erase_if(FA->Returns, [&](const auto &R) {
    return !FA->Reachable.test(R.second.Block);
  });
  return (It->second = std::move(FA)).get();
}

//===----------------------------------------------------------------------===//
// Classification
//===----------------------------------------------------------------------===//

/// Strips what carries the same bytes: parentheses, implicit conversions,
/// temporaries, copies and moves, casts, and string/view conversions.
static const Expr *stripSameValue(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 32; ++Depth) {
    const Expr *Next = E->IgnoreParens();
    if (const auto *Full = dyn_cast<FullExpr>(Next))
      Next = Full->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *Cast = dyn_cast<CastExpr>(Next))
      Next = Cast->getSubExpr();
    else if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Next))
      Next = Default->getExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Next)) {
      const CXXConstructorDecl *Ctor = C->getConstructor();
      const CXXRecordDecl *RD = Ctor ? Ctor->getParent() : nullptr;
      bool StdString = RD && RD->getIdentifier() && isInNamespace(*RD, "std") &&
                       (RD->getName() == "basic_string" ||
                        RD->getName() == "basic_string_view");
      if (C->getNumArgs() >= 1 && Ctor &&
          (Ctor->isCopyOrMoveConstructor() || StdString))
        Next = C->getArg(0);
    } else if (const auto *Call = dyn_cast<CallExpr>(Next)) {
      if (isStdFunction(Call->getDirectCallee(), {"move", "forward"}) &&
          Call->getNumArgs() == 1)
        Next = Call->getArg(0);
    }
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

/// `payload.c_str()`, `payload.data()`, `j.dump()`, and conversions of a
/// std::string to a view: the same bytes, through an accessor.
static const Expr *accessedObject(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *MD = Call.getMethodDecl();
  const CXXRecordDecl *RD = MD ? MD->getParent() : nullptr;
  if (!RD || !RD->getIdentifier())
    return nullptr;
  if (isInNamespace(*RD, "std") &&
      (RD->getName() == "basic_string" ||
       RD->getName() == "basic_string_view") &&
      (isa<CXXConversionDecl>(MD) ||
       (MD->getIdentifier() &&
        (MD->getName() == "c_str" || MD->getName() == "data"))))
    return Call.getImplicitObjectArgument();
  if (isInNamespace(*RD, "nlohmann") && RD->getName() == "basic_json" &&
      MD->getIdentifier() && MD->getName() == "dump")
    return Call.getImplicitObjectArgument();
  return nullptr;
}

void PayloadFlow::classify(const Expr *E, FunctionAnalysis *FA, Point P,
                           Verdict &Out, unsigned Depth) {
  if (!E || Depth > 32)
    return;
  E = stripSameValue(E);
  if (E->containsErrors() || E->isTypeDependent())
    return;
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    // Both branches must be wrapper output; a raw one gets its own note.
    const Expr *First = Cond->getTrueExpr();
    if (const auto *Binary = dyn_cast<BinaryConditionalOperator>(Cond))
      First = Binary->getCommon();
    const Expr *Second = Cond->getFalseExpr();
    for (const Expr *Branch : {First, Second}) {
      Verdict V;
      classify(Branch, FA, P, V, Depth + 1);
      if (V.Direct)
        Out.Notes.push_back(
            {PayloadNoteKind::Branch, Branch->getBeginLoc(), nullptr});
      Out.merge(V);
    }
    return;
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    if (const Expr *Object = accessedObject(*Member)) {
      classify(Object, FA, P, Out, Depth + 1);
      return;
    }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee && isWrapper(*Callee))
      return;
    const FunctionDecl *Def = nullptr;
    if (Callee && Callee->isDefined(Def) && Def &&
        !Ctx.getSourceManager().isInSystemHeader(Def->getLocation()) &&
        !Def->isDependentContext()) {
      // A function of the TU: its summary, with its parameters replaced by
      // this call's arguments.
      const Verdict &S = summary(*Def, Depth + 1);
      Out.Notes.append(S.Notes.begin(), S.Notes.end());
      for (const auto &[Param, Use] : S.Params)
        if (const Expr *Arg = argumentForParam(*Call, *Callee,
                                               Param->getFunctionScopeIndex()))
          classify(Arg, FA, P, Out, Depth + 1);
      return;
    }
    Out.Direct = true;
    return;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl())) {
      if (VD->hasLocalStorage()) {
        classifyVar(VD, Ref, FA, P, Out, Depth + 1);
        return;
      }
      Out.Notes.push_back({PayloadNoteKind::Untraced, Ref->getLocation(), VD});
      return;
    }
    Out.Direct = true;
    return;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl())) {
      // A member of this object: its definitions here, then its writes in
      // the TU. A member of another object is a value like any other.
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts())) {
        classifyVar(Field, Member, FA, P, Out, Depth + 1);
        return;
      }
    }
  }
  Out.Direct = true;
}

void PayloadFlow::classifyVar(const ValueDecl *Var, const Expr *Use,
                              FunctionAnalysis *FA, Point P, Verdict &Out,
                              unsigned Depth) {
  if (!FA || !FA->DefsOf.count(Var)) {
    classifyEntry(Var, FA, Use, Out, Depth);
    return;
  }
  for (const Def *D : FA->reaching(Var, P)) {
    if (!Visiting.insert(D).second)
      continue; // Already being classified (a loop): adds nothing new.
    if (D->Entry) {
      classifyEntry(Var, FA, Use, Out, Depth);
    } else if (D->WrapperOut) {
      // Written by a wrapper through an out-parameter.
    } else if (!D->Value) {
      Out.Notes.push_back({D->Kind, D->Loc, Var});
    } else {
      Verdict V;
      classify(D->Value, FA, Point(D->At), V, Depth + 1);
      if (V.Direct)
        Out.Notes.push_back({D->Kind, D->Loc, Var});
      Out.merge(V);
    }
    Visiting.erase(D);
  }
}

void PayloadFlow::classifyEntry(const ValueDecl *Var, FunctionAnalysis *FA,
                                const Expr *Use, Verdict &Out, unsigned Depth) {
  if (const auto *Field = dyn_cast<FieldDecl>(Var)) {
    classifyField(Field, Out, Depth);
    return;
  }
  const FunctionDecl *FD = FA ? FA->FD : nullptr;
  if (const auto *Param = dyn_cast<ParmVarDecl>(Var))
    if (FD && Param->getDeclContext() == FD) {
      Out.Params.push_back({Param, Use});
      return;
    }
  // A variable captured by a lambda: its value where the lambda is created.
  if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD)) {
    const CXXRecordDecl *Lambda = Method->getParent();
    if (Lambda->isLambda()) {
      const auto *Outer = dyn_cast<FunctionDecl>(Lambda->getDeclContext());
      if (FunctionAnalysis *OA = Outer ? analysis(*Outer) : nullptr) {
        auto It = OA->Lambdas.find(Lambda);
        if (It != OA->Lambdas.end()) {
          classifyVar(Var, Use, OA, Point(It->second), Out, Depth + 1);
          return;
        }
      }
    }
  }
  Out.Notes.push_back({PayloadNoteKind::Untraced, Var->getLocation(), Var});
}

/// The member \p E designates, through any object.
static const FieldDecl *anyMember(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  return Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
}

namespace {
/// Collects every write to a member in the translation unit.
class FieldWriteCollector : public ast_matchers::MatchFinder::MatchCallback {
public:
  explicit FieldWriteCollector(PayloadFlow::FieldWriteMap &Out) : Out(Out) {}

  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    const auto &Nodes = Result.Nodes;
    if (const auto *BO = Nodes.getNodeAs<BinaryOperator>("assign")) {
      if (const FieldDecl *F = anyMember(BO->getLHS()))
        add(F, BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr, BO,
            BO->getOperatorLoc());
    } else if (const auto *Op =
                   Nodes.getNodeAs<CXXOperatorCallExpr>("operator")) {
      if (Op->getNumArgs() == 2)
        if (const FieldDecl *F = anyMember(Op->getArg(0)))
          add(F, Op->getOperator() == OO_Equal ? Op->getArg(1) : nullptr, Op,
              Op->getOperatorLoc());
    } else if (const auto *Call =
                   Nodes.getNodeAs<CXXMemberCallExpr>("mutator")) {
      const CXXMethodDecl *MD = Call->getMethodDecl();
      if (MD && isMutator(*MD))
        if (const FieldDecl *F = anyMember(Call->getImplicitObjectArgument()))
          add(F, nullptr, Call, Call->getExprLoc());
    } else if (const auto *Ctor =
                   Nodes.getNodeAs<CXXConstructorDecl>("constructor")) {
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isWritten() && Init->getMember() && Init->getInit()) {
          PayloadFlow::FieldWrite W;
          W.Value = Init->getInit();
          W.Ctor = Ctor;
          W.Loc = Init->getSourceLocation();
          W.Kind = PayloadNoteKind::Initialization;
          Out[Init->getMember()].push_back(W);
        }
    }
  }

private:
  void add(const FieldDecl *F, const Expr *Value, const Stmt *Site,
           SourceLocation Loc) {
    PayloadFlow::FieldWrite W;
    W.Value = Value;
    W.Site = Site;
    W.Loc = Loc;
    W.Kind =
        Value ? PayloadNoteKind::Assignment : PayloadNoteKind::Modification;
    Out[F].push_back(W);
  }

  PayloadFlow::FieldWriteMap &Out;
};
} // namespace

void PayloadFlow::collectFieldWrites() {
  if (FieldWrites)
    return;
  FieldWrites = std::make_unique<FieldWriteMap>();
  // One traversal of the TU, only when a send depends on a member.
  using namespace ast_matchers;
  FieldWriteCollector Collector(*FieldWrites);
  MatchFinder Finder;
  auto Member = ignoringParenImpCasts(memberExpr());
  Finder.addMatcher(
      binaryOperator(isAssignmentOperator(), hasLHS(Member)).bind("assign"),
      &Collector);
  Finder.addMatcher(
      cxxOperatorCallExpr(isAssignmentOperator(), hasArgument(0, Member))
          .bind("operator"),
      &Collector);
  Finder.addMatcher(cxxMemberCallExpr(on(Member)).bind("mutator"), &Collector);
  Finder.addMatcher(cxxConstructorDecl(isDefinition()).bind("constructor"),
                    &Collector);
  Finder.matchAST(Ctx);
}

void PayloadFlow::classifyField(const FieldDecl *Field, Verdict &Out,
                                unsigned Depth) {
  auto [It, Inserted] = FieldVerdicts.try_emplace(Field);
  if (!Inserted) {
    Out.merge(*It->second); // Done, or recursion: what is known so far.
    return;
  }
  It->second = std::make_unique<Verdict>();
  Verdict *Stored = It->second.get();
  collectFieldWrites();
  llvm::SmallVector<FieldWrite, 4> Writes;
  if (const Expr *InClass = Field->getInClassInitializer()) {
    FieldWrite W;
    W.Value = InClass;
    W.Loc = InClass->getBeginLoc();
    W.Kind = PayloadNoteKind::Initialization;
    Writes.push_back(W);
  }
  auto Found = FieldWrites->find(Field);
  if (Found != FieldWrites->end())
    Writes.append(Found->second.begin(), Found->second.end());

  Verdict Result;
  if (Writes.empty())
    Result.Notes.push_back(
        {PayloadNoteKind::Untraced, Field->getLocation(), Field});
  for (const FieldWrite &W : Writes) {
    if (!W.Value) {
      Result.Notes.push_back({W.Kind, W.Loc, Field});
      continue;
    }
    FunctionAnalysis *FA = nullptr;
    Point P;
    if (W.Ctor) {
      FA = analysis(*W.Ctor);
    } else if (W.Site) {
      if (const FunctionDecl *F = enclosingFunction(*W.Site))
        FA = analysis(*F);
      if (FA)
        P = Point(FA->pointOf(W.Site));
    }
    Verdict V;
    classify(W.Value, FA, P, V, Depth + 1);
    if (V.Direct)
      Result.Notes.push_back({W.Kind, W.Loc, Field});
    Result.merge(V);
  }
  *Stored = std::move(Result);
  Out.merge(*Stored);
}

const PayloadFlow::Verdict &PayloadFlow::summary(const FunctionDecl &FD,
                                                 unsigned Depth) {
  auto [It, Inserted] = Summaries.try_emplace(&FD);
  if (!Inserted)
    return *It->second; // Done, or recursion: what is known so far.
  It->second = std::make_unique<Verdict>();
  Verdict Result;
  FunctionAnalysis *FA = analysis(FD);
  if (!FA || !FA->Cfg) {
    Result.Notes.push_back({PayloadNoteKind::Return, FD.getLocation(), &FD});
  } else {
    for (const auto &[Value, At] : FA->Returns) {
      Verdict V;
      classify(Value, FA, Point(At), V, Depth + 1);
      if (V.Direct)
        Result.Notes.push_back(
            {PayloadNoteKind::Return, Value->getBeginLoc(), &FD});
      Result.merge(V);
    }
  }
  Verdict &Stored = *Summaries[&FD];
  Stored = std::move(Result);
  return Stored;
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

void PayloadFlow::run(llvm::function_ref<void(const PayloadFinding &)> Report) {
  for (size_t I = 0; I < Sends.size(); ++I) {
    SendSite Send = Sends[I];
    const FunctionDecl *F = enclosingFunction(*Send.Call);
    if (!F || isWrapper(*F) || sinkIndex(*F) >= 0)
      continue;
    FunctionAnalysis *FA = analysis(*F);
    Point P = FA ? Point(FA->pointOf(Send.Call)) : Point();
    Verdict V;
    classify(Send.Arg, FA, P, V, 0);

    const Chain *Root = Send.Via;
    while (Root->Next)
      Root = Root->Next;
    if (V.Direct || !V.Notes.empty()) {
      PayloadFinding Finding;
      Finding.Arg = Send.Arg;
      Finding.Sink = Root->Sink;
      Finding.Direct = V.Direct;
      for (const Chain *C = Send.Via; C && C->Function; C = C->Next)
        Finding.Chain.push_back({C->Function, C->Param, C->Site});
      llvm::DenseSet<std::pair<SourceLocation, unsigned>> SeenNotes;
      for (const PayloadNote &N : V.Notes)
        if (SeenNotes.insert({N.Loc, static_cast<unsigned>(N.Kind)}).second)
          Finding.Notes.push_back(N);
      Report(Finding);
    }
    // A parameter that reaches the send makes its function a sink.
    for (const auto &[Param, Use] : V.Params) {
      const auto *Owner = dyn_cast<FunctionDecl>(Param->getDeclContext());
      if (!Owner || isWrapper(*Owner))
        continue;
      unsigned Index = Param->getFunctionScopeIndex();
      if (!Derived.insert({Owner->getCanonicalDecl(), Index}).second)
        continue;
      Chains.push_back({Owner, Param, Use ? Use : Send.Arg, Send.Via, nullptr});
      const Chain *Via = &Chains.back();
      auto Calls = CallsTo.find(Owner->getCanonicalDecl());
      if (Calls == CallsTo.end())
        continue;
      for (const Expr *Call : Calls->second) {
        const FunctionDecl *Callee = calleeOf(*Call);
        if (const Expr *Arg =
                Callee ? argumentForParam(*Call, *Callee, Index) : nullptr)
          Sends.push_back({Call, Arg, Via});
      }
    }
  }
}

} // namespace wirecheck
