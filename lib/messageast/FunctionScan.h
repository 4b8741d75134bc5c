//===--- FunctionScan.h - The messages of one function body -----*- C++ -*-===//
//
// Internal to lib/messageast. Owns the walk of one function body (a
// lambda's is walked on its own): per JSON variable, the keys written,
// whether the object is handed on (returned, passed to a call, serialised)
// and the keys read; the comparisons of a discriminator with a value, and
// the region of the `if` they guard. FunctionScan.cpp visits the body;
// FunctionScanResults.cpp turns what was seen into producers and consumers.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGEAST_FUNCTIONSCAN_H
#define WIRECHECK_LIB_MESSAGEAST_FUNCTIONSCAN_H

#include "lib/messageast/MessageScan.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

namespace wirecheck {
namespace scan {

/// A key read on a JSON variable.
struct ReadEvent {
  const clang::VarDecl *Obj;
  FieldRead Field;
  clang::SourceLocation Loc;
};

/// The object handed on or iterated at Loc: its fields are open there.
struct OpenEvent {
  const clang::VarDecl *Obj;
  clang::SourceLocation Loc;
  /// The parameter it is handed to, when that function is in view.
  const clang::ParmVarDecl *To = nullptr;
};

/// A comparison of a discriminator with a value.
struct Dispatch {
  const clang::VarDecl *Obj;
  std::string Key;
  const clang::Expr *Value;
  /// The `then` branch of the `if` it is the condition of, for `==`.
  clang::SourceRange Region;
};

/// What is known of one JSON variable.
struct ObjState {
  ObjectBuild Build;
  /// Keys were written, or it was initialised with an object.
  bool Built = false;
  bool HandedOn = false;
  /// Given to a MessageProducers helper as its payload.
  bool HelperPayload = false;
  /// The value of a key of another object (`json &db = conf["db"]`): a
  /// nested value, never a message of its own.
  bool Nested = false;
  /// The first discriminator read on it.
  std::optional<std::string> DiscKey;
  const clang::Expr *DiscExpr = nullptr;
};

/// A call of a MessageProducers helper.
struct HelperCall {
  const FunctionSpec *Spec;
  const clang::CallExpr *Call;
};

class FunctionScan : public clang::RecursiveASTVisitor<FunctionScan> {
public:
  FunctionScan(MessageScan &S, const clang::FunctionDecl &FD) : S(S), FD(FD) {}

  void run() {
    TraverseStmt(FD.getBody());
    finish();
  }

  // clang::RecursiveASTVisitor is customised by hiding its members (CRTP).
  // NOLINTBEGIN(bugprone-derived-method-shadowing-base-method)
  bool TraverseLambdaExpr(clang::LambdaExpr *L) {
    // A lambda is a function of its own (a handler, most often).
    if (const clang::CXXMethodDecl *Op = L->getCallOperator())
      if (Op->hasBody())
        scanFunction(S, *Op);
    return true;
  }
  bool VisitVarDecl(clang::VarDecl *VD);
  bool VisitIfStmt(clang::IfStmt *If);
  bool VisitCXXForRangeStmt(clang::CXXForRangeStmt *For);
  bool VisitReturnStmt(clang::ReturnStmt *R);
  bool VisitCallExpr(clang::CallExpr *Call);
  // NOLINTEND(bugprone-derived-method-shadowing-base-method)

private:
  using Discriminator = std::pair<const clang::VarDecl *, std::string>;
  std::optional<Discriminator> discriminatorOf(const clang::Expr *E) const;
  void noteRegions(const clang::Expr *Cond, clang::SourceRange Then);
  void recordWrite(const clang::Expr *Object, const clang::Expr *Key,
                   const clang::Expr *Value);
  void recordRead(const KeyAccess &KA, const clang::Expr *Access);
  void assignTo(const clang::VarDecl &V, const clang::Expr *Value);
  void handOn(const clang::Expr *Arg, const clang::FunctionDecl *Callee,
              unsigned I);
  bool visitOperator(const clang::CXXOperatorCallExpr &Op);
  void visitJsonMember(const clang::CXXMemberCallExpr &MC);
  void readStruct(const clang::CXXMemberCallExpr &MC, const clang::VarDecl &V);
  bool visitMapCall(const clang::CallExpr &Call);
  void visitHelperConsumer(const FunctionSpec &Spec,
                           const clang::CallExpr &Call);
  void produceLiteral(const clang::Expr *E);
  void noteNestedValues(
      llvm::ArrayRef<std::pair<const clang::Expr *, const clang::Expr *>> Pairs,
      unsigned Depth = 0);
  bool writesThrough(const clang::Expr *Arg, const clang::FunctionDecl *Callee,
                     unsigned I);
  void finish();
  void finishHelpers();
  void finishConsumers();

  MessageScan &S;
  const clang::FunctionDecl &FD;
  llvm::MapVector<const clang::VarDecl *, ObjState> Objects;
  /// `auto type = msg["type"]`: variables holding a discriminator.
  llvm::DenseMap<const clang::VarDecl *, Discriminator> TypeVars;
  llvm::DenseMap<const clang::Expr *, clang::SourceRange> Regions;
  llvm::DenseSet<const clang::Expr *> WriteTargets;
  /// The values written into another object (`{"k", x.dump()}`,
  /// `j["k"] = x.dump()`): serialising one does not hand a message on.
  llvm::DenseSet<const clang::Expr *> NestedValues;
  std::vector<ReadEvent> Reads;
  std::vector<OpenEvent> Opens;
  std::vector<Dispatch> Dispatches;
  std::vector<HelperCall> Helpers;
};

} // namespace scan
} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGEAST_FUNCTIONSCAN_H
