//===--- PayloadFlow.h - Wrapper output into transport sinks ----*- C++ -*-===//
//
// The payload domain of wire-unwrapped-payload: decides, over one
// translation unit, whether every value passed to a designated transport
// sink (`Socket::send`, `ws.write`) is the output of a required wrapper
// (`serialize_message_safely`) on every path, and explains each definition
// that is not.
//
// Per function, reaching definitions (ReachingDefinitions, with the
// definitions of PayloadDefinitions) decide which writes reach a send. A
// payload is accepted when it is a wrapper call, a variable, parameter or
// member each of whose reaching definitions is wrapper output, a call to a
// function of the TU that returns wrapper output on every return path, or a
// conditional whose branches both are. A payload that comes from a
// parameter makes the enclosing function a payload sink for its callers in
// the TU, transitively (ForwardingGraph); the finding is then reported at
// the caller.
//
// CFGs are built lazily, only for functions that contain a payload-sink
// call (or are asked about by such a function), and cached per function.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_PAYLOAD_PAYLOADFLOW_H
#define WIRECHECK_LIB_PAYLOAD_PAYLOADFLOW_H

#include "lib/payload/ReachingDefinitions.h"
#include "lib/sinks/Forwarding.h"
#include "lib/support/OptionLists.h"
#include "lib/support/SpecIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <deque>
#include <memory>
#include <vector>

namespace wirecheck {

/// Why one definition of a payload is not wrapper output.
enum class PayloadNoteKind : uint8_t {
  Assignment,     ///< `payload = raw;`
  Initialization, ///< `std::string payload = raw;`
  DefaultInit,    ///< `std::string payload;` reaching the send.
  Modification,   ///< `payload += "\n";`, `payload.append(...)`.
  Return,         ///< A summarised function returns a raw value here.
  Branch,         ///< One branch of a conditional operator.
  Untraced,       ///< A global, or a member with no write in the TU.
};

struct PayloadNote {
  PayloadNoteKind Kind;
  clang::SourceLocation Loc;
  /// The variable, member or function the note is about.
  const clang::NamedDecl *Subject;
};

/// One step through a function that forwards its parameter to a sink.
struct PayloadStep {
  const clang::FunctionDecl *Function;
  const clang::ParmVarDecl *Param;
  /// Where the parameter goes on, inside Function.
  const clang::Expr *Site;
};

/// One send whose payload is not wrapper output on every path.
struct PayloadFinding {
  /// The payload argument at the reported call.
  const clang::Expr *Arg;
  /// The configured sink the payload ends up in.
  const clang::FunctionDecl *Sink;
  /// From the reported call inwards; empty for a direct send.
  llvm::SmallVector<PayloadStep, 2> Chain;
  /// Definitions that do not go through the wrapper.
  llvm::SmallVector<PayloadNote, 4> Notes;
  /// The argument expression itself is not wrapper output.
  bool Direct = false;
};

class PayloadFlow {
public:
  PayloadFlow(clang::ASTContext &Ctx, llvm::ArrayRef<FunctionSpec> Sinks,
              llvm::ArrayRef<QualifiedName> Wrappers);
  ~PayloadFlow();

  /// Records a call or construction of the TU (non-dependent).
  void addCall(const clang::Expr &Call);

  /// Records a function definition of the TU. Sends, calls and member
  /// writes are attributed to the innermost recorded function around them
  /// (confirmed against its CFG), so no parent map of the TU is needed.
  void addFunction(const clang::FunctionDecl &FD);

  /// Analyses the recorded sends and reports each finding once.
  void run(llvm::function_ref<void(const PayloadFinding &)> Report);

  /// Hands over the configuration errors found while recording calls: a
  /// PayloadSinks entry whose argument index is past the parameters of a
  /// function it names (see SpecIndexCheck).
  std::vector<OptionError> takeProblems() { return Indices.takeProblems(); }

private:
  struct FunctionAnalysis;
  struct Verdict;
  struct Chain;
  struct MemberWrites;
  struct SendSite {
    const clang::Expr *Call;
    const clang::Expr *Arg;
    const Chain *Via;
  };

  int sinkIndex(const clang::FunctionDecl &FD);
  bool isWrapper(const clang::FunctionDecl &FD);
  const clang::FunctionDecl *enclosingFunction(const clang::Stmt &S);
  FunctionAnalysis *analysis(const clang::FunctionDecl &FD);

  void classify(const clang::Expr *E, FunctionAnalysis *FA, CFGPoint P,
                Verdict &Out, unsigned Depth);
  void classifyConditional(const clang::AbstractConditionalOperator &Cond,
                           FunctionAnalysis *FA, CFGPoint P, Verdict &Out,
                           unsigned Depth);
  void classifyCall(const clang::CallExpr &Call, FunctionAnalysis *FA,
                    CFGPoint P, Verdict &Out, unsigned Depth);
  void classifyVar(const clang::ValueDecl *Var, const clang::Expr *Use,
                   FunctionAnalysis *FA, CFGPoint P, Verdict &Out,
                   unsigned Depth);
  void classifyDefinitions(const clang::ValueDecl *Var, const clang::Expr *Use,
                           FunctionAnalysis *FA,
                           llvm::ArrayRef<const Definition *> Defs,
                           bool AfterInsertion, Verdict &Out, unsigned Depth);
  void classifyEntry(const clang::ValueDecl *Var, FunctionAnalysis *FA,
                     const clang::Expr *Use, Verdict &Out, unsigned Depth);
  bool classifyCapture(const clang::ValueDecl *Var, FunctionAnalysis *FA,
                       const clang::Expr *Use, Verdict &Out, unsigned Depth);
  void classifyField(const clang::FieldDecl *Field, Verdict &Out,
                     unsigned Depth);
  const Verdict &summary(const clang::FunctionDecl &FD, unsigned Depth);

  void judgeSend(const SendSite &Send,
                 llvm::function_ref<void(const PayloadFinding &)> Report);

  clang::ASTContext &Ctx;
  std::vector<FunctionSpec> Sinks;
  std::vector<QualifiedName> Wrappers;
  llvm::DenseMap<const clang::FunctionDecl *, int> SinkCache;
  SpecIndexCheck Indices;
  llvm::DenseMap<const clang::FunctionDecl *, bool> WrapperCache;

  std::vector<SendSite> Sends;
  /// Calls to functions of the TU, and the parameters known to reach a send.
  ForwardingGraph Graph;
  std::deque<Chain> Chains;

  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionAnalysis>>
      Analyses;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Verdict>>
      Summaries;
  llvm::DenseMap<const clang::FieldDecl *, std::unique_ptr<Verdict>>
      FieldVerdicts;
  std::unique_ptr<MemberWrites> FieldWrites;
  llvm::DenseSet<const void *> Visiting;

  struct FunctionRange {
    unsigned Begin, End;
    const clang::FunctionDecl *FD;
  };
  llvm::DenseMap<clang::FileID, std::vector<FunctionRange>> Functions;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_PAYLOAD_PAYLOADFLOW_H
