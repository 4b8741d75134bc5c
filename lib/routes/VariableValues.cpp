//===--- VariableValues.cpp - The values a variable may hold at a use -----===//

#include "lib/routes/VariableValues.h"
#include "lib/flow/ReachingDefinitions.h"
#include "lib/flow/VariableWrites.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

/// One function's reaching definitions (assignments and changes in place)
/// and the first place each variable escapes.
struct VariableValues::FunctionFlow {
  std::unique_ptr<ReachingDefinitions> Defs;
  llvm::DenseMap<const ValueDecl *, SourceLocation> Escapes;
  /// Every write, for flow-insensitive questions.
  llvm::SmallVector<VariableWrite, 16> Writes;
};

/// What the constructors of a class leave in one of its members.
struct VariableValues::FieldValues {
  ValueCandidates Values;
  std::string Why;
  /// The constructors analysed (a use inside one is asked of its flow).
  llvm::SmallVector<const FunctionDecl *, 2> Constructors;
};

VariableValues::VariableValues(ASTContext &Ctx) : Ctx(Ctx) {}
VariableValues::~VariableValues() = default;

std::string VariableValues::where(SourceLocation Loc) const {
  const SourceManager &SM = Ctx.getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Loc));
  return P.isValid() ? " (line " + std::to_string(P.getLine()) + ")" : "";
}

static std::string quoted(const NamedDecl &D) {
  return "'" + D.getNameAsString() + "'";
}

VariableValues::FunctionFlow &VariableValues::flowOf(const FunctionDecl &FD) {
  std::unique_ptr<FunctionFlow> &Slot = Flows[&FD];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FunctionFlow>();
  FunctionFlow &Flow = *Slot;
  Stmt *Body = FD.getBody();
  if (!Body)
    return Flow;
  auto Find = [&](const CFGElement &E, CFGPoint,
                  llvm::SmallVectorImpl<Definition> &Out) {
    size_t First = Flow.Writes.size();
    findWrites(E, Flow.Writes);
    for (size_t I = First; I < Flow.Writes.size(); ++I) {
      const VariableWrite &W = Flow.Writes[I];
      SourceLocation Loc = W.At ? W.At->getBeginLoc() : SourceLocation();
      if (W.Kind == VariableWrite::Escape) {
        Flow.Escapes.try_emplace(W.Var, Loc);
        continue;
      }
      Definition D;
      D.Var = W.Var;
      D.Value = W.Kind == VariableWrite::Assign ? W.Value : nullptr;
      D.Loc = Loc;
      D.Label = W.Kind;
      Out.push_back(D);
    }
  };
  // Clang itself builds no CFG of a template's pattern: there, and where
  // the CFG cannot be built, only flow-insensitive questions are asked.
  if (!FD.isDependentContext())
    Flow.Defs = std::make_unique<ReachingDefinitions>(FD, Body, Ctx, Find);
  if (!Flow.Defs || !Flow.Defs->cfg())
    findAllWrites(*Body, Flow.Writes);
  return Flow;
}

/// The single write of \p V in \p Flow, when it is its initialisation.
static const Expr *onlyInitialisation(llvm::ArrayRef<VariableWrite> Writes,
                                      const ValueDecl &V,
                                      const VariableWrite *&Other) {
  const Expr *Init = nullptr;
  for (const VariableWrite &W : Writes) {
    if (W.Var != &V)
      continue;
    if (W.Kind != VariableWrite::Assign || !isa<DeclStmt>(W.At) || Init) {
      Other = &W;
      return nullptr;
    }
    Init = W.Value;
  }
  return Init;
}

ValueCandidates VariableValues::flowValues(FunctionFlow &Flow,
                                           const ValueDecl &V, const Expr &Use,
                                           std::string &Why) {
  std::string Name = quoted(V);
  auto Escape = Flow.Escapes.find(&V);
  if (Escape != Flow.Escapes.end()) {
    Why = Name + " may be changed through a reference or pointer" +
          where(Escape->second);
    return {};
  }
  const ReachingDefinitions *RD = Flow.Defs.get();
  const auto *VD = dyn_cast<VarDecl>(&V);
  if (!RD || !RD->cfg() || !RD->contains(&Use) || (VD && VD->isStaticLocal())) {
    // Read in a lambda, or kept across calls: the initialisation must be
    // the only write.
    const VariableWrite *Other = nullptr;
    const Expr *Init = onlyInitialisation(Flow.Writes, V, Other);
    if (Init)
      return {Init};
    Why = Other ? Name + " is changed in the function" +
                      where(Other->At->getBeginLoc())
                : Name + " has no initial value";
    return {};
  }
  llvm::SmallVector<const Definition *, 4> Reaching =
      RD->reaching(&V, RD->pointOf(&Use));
  if (Reaching.size() > 1) {
    // Name the latest assignment in the file: the one that is conditional.
    const SourceManager &SM = Ctx.getSourceManager();
    const Definition *Latest = Reaching.front();
    for (const Definition *D : Reaching)
      if (SM.isBeforeInTranslationUnit(Latest->Loc, D->Loc))
        Latest = D;
    Why = Name + " is assigned on some paths before this use" +
          where(Latest->Loc);
    return {};
  }
  if (Reaching.empty()) {
    Why = Name + " has no initial value";
    return {};
  }
  const Definition &D = *Reaching.front();
  if (D.Label == VariableWrite::Modify) {
    Why = Name + " is modified before this use" + where(D.Loc);
    return {};
  }
  if (!D.Value) {
    Why = D.Entry ? Name + " is set outside the function"
                  : Name + " has no initial value";
    return {};
  }
  return {D.Value};
}

ValueCandidates VariableValues::valuesAt(const DeclRefExpr &Ref,
                                         std::string &Why) {
  const auto *VD = dyn_cast<VarDecl>(Ref.getDecl());
  if (!VD) {
    Why = "not a string literal or constant";
    return {};
  }
  std::string Name = quoted(*VD);
  if (isa<ParmVarDecl>(VD)) {
    Why = Name + " is a parameter of the function";
    return {};
  }
  if (VD->getType()->isReferenceType()) {
    Why = Name + " is a reference";
    return {};
  }
  const auto *FD =
      dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!VD->isLocalVarDecl()) {
    Why = Name + " is a global variable that is not const";
    return {};
  }
  if (!FD) {
    Why = Name + " cannot be followed where it is declared";
    return {};
  }
  return flowValues(flowOf(*FD), *VD, Ref, Why);
}

/// A copy of the same member from another object: it holds what every
/// object holds.
static bool copiesMember(const Expr *Value, const FieldDecl &F) {
  for (unsigned Depth = 0; Value && Depth < 8; ++Depth) {
    Value = Value->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(Value))
      return ME->getMemberDecl() == &F;
    const auto *CE = dyn_cast<CXXConstructExpr>(Value);
    if (!CE || CE->getNumArgs() != 1)
      return false;
    Value = CE->getArg(0);
  }
  return false;
}

/// Why a member function other than a constructor defined here writes \p F,
/// or an empty string.
static std::string writtenOutsideConstructors(const CXXRecordDecl &RD,
                                              const FieldDecl &F) {
  for (const CXXMethodDecl *MD : RD.methods()) {
    const FunctionDecl *Def = nullptr;
    if (isa<CXXConstructorDecl>(MD) || isa<CXXDestructorDecl>(MD) ||
        !MD->hasBody(Def) || !Def->getBody())
      continue;
    llvm::SmallVector<VariableWrite, 8> Writes;
    findAllWrites(*Def->getBody(), Writes);
    for (const VariableWrite &W : Writes)
      if (W.Var == &F &&
          !(W.Kind == VariableWrite::Assign && copiesMember(W.Value, F)))
        return quoted(F) + " is changed in " + quoted(*MD);
  }
  return "";
}

const VariableValues::FieldValues &
VariableValues::fieldValues(const FieldDecl &F) {
  std::unique_ptr<FieldValues> &Slot = Fields[&F];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FieldValues>();
  FieldValues &Out = *Slot;
  // Records that the member has no certain value, and why.
  auto Fail = [&Out](std::string Why) -> const FieldValues & {
    Out.Values.clear();
    Out.Why = std::move(Why);
    return Out;
  };
  const auto *RD = dyn_cast<CXXRecordDecl>(F.getParent());
  std::string Name = quoted(F);
  if (!RD || F.getType()->isReferenceType()) {
    Out.Why = Name + " is a reference";
    return Out;
  }
  if (F.getAccess() == AS_public && !F.getType().isConstQualified()) {
    Out.Why =
        Name + " is a public member: code outside the class may change it";
    return Out;
  }
  Out.Why = writtenOutsideConstructors(*RD, F);
  if (!Out.Why.empty())
    return Out;
  bool AnyConstructor = false;
  for (const CXXConstructorDecl *C : RD->ctors()) {
    bool Generated = C->isImplicit() || C->isDefaulted();
    if (C->isDeleted() || (Generated && C->isCopyOrMoveConstructor()))
      continue;
    AnyConstructor = true;
    // A generated default constructor uses the in-class initialiser.
    if (Generated) {
      if (!F.hasInClassInitializer())
        return Fail(Name + " has no initial value");
      Out.Values.push_back(F.getInClassInitializer());
      continue;
    }
    const FunctionDecl *Def = nullptr;
    if (!C->hasBody(Def) || !Def->getBody())
      return Fail("a constructor of " + quoted(*RD) +
                  " is not defined in this translation unit" +
                  where(C->getLocation()));
    FunctionFlow &Flow = flowOf(*Def);
    Out.Constructors.push_back(Def);
    const CFG *Cfg = Flow.Defs ? Flow.Defs->cfg() : nullptr;
    if (!Cfg)
      return Fail(Name + " cannot be followed in " + quoted(*C));
    // What the constructor leaves in the member when it returns.
    CFGPoint Exit{static_cast<int>(Cfg->getExit().getBlockID()), 0};
    llvm::SmallVector<const Definition *, 4> Left =
        Flow.Defs->reaching(&F, Exit);
    if (Flow.Escapes.count(&F) || Left.size() != 1 || !Left.front()->Value)
      return Fail(Name + " is not given one value by the constructor" +
                  where(C->getLocation()));
    if (!copiesMember(Left.front()->Value, F))
      Out.Values.push_back(Left.front()->Value);
  }
  // No constructor declared yet: the implicit one uses the initialiser.
  if (!AnyConstructor && F.hasInClassInitializer())
    Out.Values.push_back(F.getInClassInitializer());
  if (Out.Values.empty())
    Out.Why = Name + " has no initial value";
  return Out;
}

ValueCandidates VariableValues::valuesAt(const MemberExpr &Ref,
                                         std::string &Why) {
  const auto *F = dyn_cast<FieldDecl>(Ref.getMemberDecl());
  if (!F) {
    Why = "not a string literal or constant";
    return {};
  }
  const FieldValues &Values = fieldValues(*F);
  // Read inside a constructor: what reaches the read there.
  for (const FunctionDecl *C : Values.Constructors) {
    FunctionFlow &Flow = flowOf(*C);
    if (Flow.Defs && Flow.Defs->contains(&Ref))
      return flowValues(Flow, *F, Ref, Why);
  }
  if (Values.Values.empty())
    Why = Values.Why;
  return Values.Values;
}

} // namespace wirecheck
