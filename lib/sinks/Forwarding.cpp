//===--- Forwarding.cpp - Sinks through forwarding functions --------------===//

#include "lib/sinks/Forwarding.h"
#include "lib/sinks/SinkCatalogue.h"

using namespace clang;

namespace wirecheck {

void ForwardingGraph::addCall(const Expr &Call, const FunctionDecl &Callee) {
  CallsTo[Callee.getCanonicalDecl()].push_back(&Call);
}

bool ForwardingGraph::markForwarding(const FunctionDecl &F, unsigned Param,
                                     ArgumentVisitor Visit) {
  const FunctionDecl *Key = F.getCanonicalDecl();
  if (!Marked.insert({Key, Param}).second)
    return false;
  auto It = CallsTo.find(Key);
  if (It == CallsTo.end())
    return true;
  for (const Expr *Call : It->second) {
    // The declaration the call names: its parameters map the arguments.
    const FunctionDecl *Callee = calleeOf(*Call);
    if (!Callee)
      continue;
    if (const Expr *Arg = argumentForParam(*Call, *Callee, Param))
      Visit(*Call, *Arg);
  }
  return true;
}

void ForwardingGraph::clear() {
  CallsTo.clear();
  Marked.clear();
}

} // namespace wirecheck
