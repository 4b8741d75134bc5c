//===--- PayloadFlow.cpp - Wrapper output into transport sinks ------------===//

#include "lib/payload/PayloadFlow.h"
#include "lib/payload/PayloadDefinitions.h"
#include "lib/sinks/SinkCatalogue.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

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

/// A step from a function whose parameter reaches a send towards the sink.
struct PayloadFlow::Chain {
  const FunctionDecl *Function = nullptr;
  const ParmVarDecl *Param = nullptr;
  const Expr *Site = nullptr;
  const Chain *Next = nullptr;
  const FunctionDecl *Sink = nullptr;
};

struct PayloadFlow::MemberWrites {
  FieldWriteMap Map;
};

/// What the payload domain keeps about one function: its reaching
/// definitions, where its lambdas are created and what it returns.
struct PayloadFlow::FunctionAnalysis {
  const FunctionDecl *FD = nullptr;
  std::unique_ptr<ReachingDefinitions> Defs;
  llvm::DenseMap<const CXXRecordDecl *, CFGPoint> Lambdas;
  /// Returned values (return and co_return) in reachable blocks.
  llvm::SmallVector<std::pair<const Expr *, CFGPoint>, 4> Returns;

  bool hasCfg() const { return Defs && Defs->cfg(); }
  CFGPoint pointOf(const Stmt *S) const {
    return Defs ? Defs->pointOf(S) : CFGPoint();
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
      if (matchesName(FD, S.Name) && Indices.fits(FD, S, "PayloadSinks")) {
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
  Graph.addCall(Call, *Callee);
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
      if (FA->Defs && FA->Defs->contains(&S))
        return R->FD;
  return nullptr;
}

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
  // Named: the finder keeps references to them.
  auto IsWrapper = [&](const FunctionDecl &F) { return isWrapper(F); };
  auto IsSink = [&](const FunctionDecl &F) { return sinkIndex(F) >= 0; };
  PayloadDefinitionFinder Finder(IsWrapper, IsSink);
  // One pass over the CFG finds the definitions, the lambdas and the
  // returned values.
  auto Find = [&](const CFGElement &E, CFGPoint At,
                  llvm::SmallVectorImpl<Definition> &Out) {
    if (std::optional<CFGStmt> CS = E.getAs<CFGStmt>()) {
      const Stmt *S = CS->getStmt();
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
        FA->Lambdas.try_emplace(Lambda->getLambdaClass(), At);
      if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
        if (Return->getRetValue())
          FA->Returns.push_back({Return->getRetValue(), At});
      } else if (const auto *CoReturn = dyn_cast<CoreturnStmt>(S)) {
        if (CoReturn->getOperand())
          FA->Returns.push_back({CoReturn->getOperand(), At});
      }
    }
    Finder.find(E, Out);
  };
  FA->Defs = std::make_unique<ReachingDefinitions>(FD, Body, Ctx, Find);
  // Returns in unreachable blocks do not count.
  llvm::erase_if(FA->Returns, [&](const auto &R) {
    return !FA->Defs->isReachable(R.second);
  });
  return (It->second = std::move(FA)).get();
}

//===----------------------------------------------------------------------===//
// Classification
//===----------------------------------------------------------------------===//

void PayloadFlow::classify(const Expr *E, FunctionAnalysis *FA, CFGPoint P,
                           Verdict &Out, unsigned Depth) {
  if (!E || Depth > 32)
    return;
  E = stripSameBytes(E);
  if (E->containsErrors() || E->isTypeDependent())
    return;
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    classifyConditional(*Cond, FA, P, Out, Depth);
    return;
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    if (const Expr *Object = accessedObject(*Member)) {
      classify(Object, FA, P, Out, Depth + 1);
      return;
    }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    classifyCall(*Call, FA, P, Out, Depth);
    return;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    // A reference alias reads the variable it is bound to, here.
    if (const ValueDecl *Aliased = VD ? aliasedVariable(*VD) : nullptr)
      classifyVar(Aliased, Ref, FA, P, Out, Depth + 1);
    else if (VD && VD->hasLocalStorage())
      classifyVar(VD, Ref, FA, P, Out, Depth + 1);
    else if (VD)
      Out.Notes.push_back({PayloadNoteKind::Untraced, Ref->getLocation(), VD});
    else
      Out.Direct = true;
    return;
  }
  // A member of this object: its definitions here, then its writes in the
  // TU. A member of another object is a value like any other.
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts())) {
        classifyVar(Field, Member, FA, P, Out, Depth + 1);
        return;
      }
  Out.Direct = true;
}

void PayloadFlow::classifyConditional(const AbstractConditionalOperator &Cond,
                                      FunctionAnalysis *FA, CFGPoint P,
                                      Verdict &Out, unsigned Depth) {
  // Both branches must be wrapper output; a raw one gets its own note.
  const Expr *First = Cond.getTrueExpr();
  if (const auto *Binary = dyn_cast<BinaryConditionalOperator>(&Cond))
    First = Binary->getCommon();
  const Expr *Second = Cond.getFalseExpr();
  for (const Expr *Branch : {First, Second}) {
    Verdict V;
    classify(Branch, FA, P, V, Depth + 1);
    if (V.Direct)
      Out.Notes.push_back(
          {PayloadNoteKind::Branch, Branch->getBeginLoc(), nullptr});
    Out.merge(V);
  }
}

void PayloadFlow::classifyCall(const CallExpr &Call, FunctionAnalysis *FA,
                               CFGPoint P, Verdict &Out, unsigned Depth) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (Callee && isWrapper(*Callee))
    return;
  const FunctionDecl *Def = nullptr;
  if (!Callee || !Callee->isDefined(Def) || !Def ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()) ||
      Def->isDependentContext()) {
    Out.Direct = true;
    return;
  }
  // A function of the TU: its summary, with its parameters replaced by this
  // call's arguments.
  const Verdict &S = summary(*Def, Depth + 1);
  Out.Notes.append(S.Notes.begin(), S.Notes.end());
  for (const auto &[Param, Use] : S.Params)
    if (const Expr *Arg =
            argumentForParam(Call, *Callee, Param->getFunctionScopeIndex()))
      classify(Arg, FA, P, Out, Depth + 1);
}

void PayloadFlow::classifyVar(const ValueDecl *Var, const Expr *Use,
                              FunctionAnalysis *FA, CFGPoint P, Verdict &Out,
                              unsigned Depth) {
  if (!FA || !FA->Defs || !FA->Defs->defines(Var)) {
    classifyEntry(Var, FA, Use, Out, Depth);
    return;
  }
  classifyDefinitions(Var, Use, FA, FA->Defs->reaching(Var, P),
                      /*AfterInsertion=*/false, Out, Depth);
}

void PayloadFlow::classifyDefinitions(const ValueDecl *Var, const Expr *Use,
                                      FunctionAnalysis *FA,
                                      llvm::ArrayRef<const Definition *> Defs,
                                      bool AfterInsertion, Verdict &Out,
                                      unsigned Depth) {
  for (const Definition *D : Defs) {
    // Before an insertion, an empty string stream adds nothing.
    if (AfterInsertion && !D->Entry && !D->Value &&
        noteKindOf(*D) == PayloadNoteKind::DefaultInit)
      continue;
    if (!Visiting.insert(D).second)
      continue; // Already being classified (a loop): adds nothing new.
    if (D->Entry) {
      classifyEntry(Var, FA, Use, Out, Depth);
    } else if (D->Label == WrapperOutputLabel) {
      // Written by a wrapper through an out-parameter.
    } else if (!D->Value) {
      Out.Notes.push_back({noteKindOf(*D), D->Loc, Var});
    } else {
      Verdict V;
      classify(D->Value, FA, D->At, V, Depth + 1);
      if (V.Direct)
        Out.Notes.push_back({noteKindOf(*D), D->Loc, Var});
      Out.merge(V);
      // After an insertion, the stream also holds what it held before.
      if (D->Label == StreamInsertionLabel)
        classifyDefinitions(Var, Use, FA, FA->Defs->reaching(Var, D->At),
                            /*AfterInsertion=*/true, Out, Depth);
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
  if (classifyCapture(Var, FA, Use, Out, Depth))
    return;
  Out.Notes.push_back({PayloadNoteKind::Untraced, Var->getLocation(), Var});
}

/// A variable captured by a lambda: its value where the lambda is created.
bool PayloadFlow::classifyCapture(const ValueDecl *Var, FunctionAnalysis *FA,
                                  const Expr *Use, Verdict &Out,
                                  unsigned Depth) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FA ? FA->FD : nullptr);
  if (!Method || !Method->getParent()->isLambda())
    return false;
  const CXXRecordDecl *Lambda = Method->getParent();
  const auto *Outer = dyn_cast<FunctionDecl>(Lambda->getDeclContext());
  FunctionAnalysis *OA = Outer ? analysis(*Outer) : nullptr;
  if (!OA)
    return false;
  auto It = OA->Lambdas.find(Lambda);
  if (It == OA->Lambdas.end())
    return false;
  classifyVar(Var, Use, OA, It->second, Out, Depth + 1);
  return true;
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
  if (!FieldWrites) {
    // One traversal of the TU, only when a send depends on a member.
    FieldWrites = std::make_unique<MemberWrites>();
    collectFieldWrites(Ctx, FieldWrites->Map);
  }
  llvm::SmallVector<FieldWrite, 4> Writes;
  if (const Expr *InClass = Field->getInClassInitializer()) {
    FieldWrite W;
    W.Value = InClass;
    W.Loc = InClass->getBeginLoc();
    W.Kind = PayloadNoteKind::Initialization;
    Writes.push_back(W);
  }
  auto Found = FieldWrites->Map.find(Field);
  if (Found != FieldWrites->Map.end())
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
    CFGPoint P;
    if (W.Ctor) {
      FA = analysis(*W.Ctor);
    } else if (W.Site) {
      if (const FunctionDecl *F = enclosingFunction(*W.Site))
        FA = analysis(*F);
      if (FA)
        P = FA->pointOf(W.Site);
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
  if (!FA || !FA->hasCfg()) {
    Result.Notes.push_back({PayloadNoteKind::Return, FD.getLocation(), &FD});
  } else {
    for (const auto &[Value, At] : FA->Returns) {
      Verdict V;
      classify(Value, FA, At, V, Depth + 1);
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
  // Judging a send may add sends at the callers of its function.
  for (size_t I = 0; I < Sends.size(); ++I) {
    SendSite Send = Sends[I]; // A copy: judging it may grow Sends.
    judgeSend(Send, Report);
  }
}

void PayloadFlow::judgeSend(
    const SendSite &Send,
    llvm::function_ref<void(const PayloadFinding &)> Report) {
  const FunctionDecl *F = enclosingFunction(*Send.Call);
  if (!F || isWrapper(*F) || sinkIndex(*F) >= 0)
    return;
  FunctionAnalysis *FA = analysis(*F);
  CFGPoint P = FA ? FA->pointOf(Send.Call) : CFGPoint();
  Verdict V;
  classify(Send.Arg, FA, P, V, 0);

  if (V.Direct || !V.Notes.empty()) {
    const Chain *Root = Send.Via;
    while (Root->Next)
      Root = Root->Next;
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
    const Chain *Via = nullptr;
    const Expr *Site = Use ? Use : Send.Arg;
    Graph.markForwarding(*Owner, Param->getFunctionScopeIndex(),
                         [&](const Expr &Call, const Expr &Arg) {
                           if (!Via) {
                             Chains.push_back(
                                 {Owner, Param, Site, Send.Via, nullptr});
                             Via = &Chains.back();
                           }
                           Sends.push_back({&Call, &Arg, Via});
                         });
  }
}

} // namespace wirecheck
