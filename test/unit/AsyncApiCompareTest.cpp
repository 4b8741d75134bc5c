//===--- AsyncApiCompareTest.cpp - Tests for lib/messages/AsyncApiCompare -===//
//
// Compares small code indexes with AsyncAPI documents in both directions:
// types and fields the code has and the document lacks, messages the
// document sends or receives that the code does not, required fields no
// producer writes, the direction and exclude scoping, and the unknowns that
// suppress a finding.
//
//===----------------------------------------------------------------------===//

#include "lib/messages/AsyncApiCompare.h"
#include "gtest/gtest.h"

using namespace wirecheck;
using Strings = std::vector<std::string>;

/// Sends agent_started (type, run_id; run_id required), receives stop_agent.
static const char Spec[] = R"(asyncapi: 2.6.0
info: {title: agents, version: '1'}
channels:
  agents:
    subscribe:
      message:
        name: agentStarted
        payload:
          type: object
          required: [type, run_id]
          properties:
            type: {const: agent_started}
            run_id: {type: string}
    publish:
      message:
        name: stopAgent
        payload:
          type: object
          properties:
            type: {const: stop_agent}
            reason: {type: string}
)";

static AsyncApiDocument parseSpec(llvm::StringRef Text = Spec) {
  llvm::Expected<AsyncApiDocument> D = parseAsyncApi(
      Text, "api.yaml", parseDiscriminatorKeys(DefaultDiscriminatorKeys));
  if (!D) {
    ADD_FAILURE() << llvm::toString(D.takeError());
    return {};
  }
  return std::move(*D);
}

static ProducedMessage produced(llvm::StringRef Type, Strings Fields,
                                unsigned Line) {
  ProducedMessage P;
  P.Key = "type";
  P.Type = Type.str();
  P.Fields = std::move(Fields);
  P.Loc = {"server.cpp", Line, 5};
  P.Kind = "nlohmann";
  return P;
}

static ConsumedMessage consumed(llvm::StringRef Type, Strings Fields,
                                unsigned Line) {
  ConsumedMessage C;
  C.Key = "type";
  C.Type = Type.str();
  for (const std::string &F : Fields)
    C.Fields.push_back({F, {"client.cpp", Line + 1, 9}});
  C.Loc = {"client.cpp", Line, 20};
  C.Kind = "nlohmann";
  return C;
}

enum class Direction { Both, SpecToCode, CodeToSpec };

static Strings messages(const MessageIndex &Code, Direction D = Direction::Both,
                        Strings Exclude = {}) {
  AsyncApiScope Scope;
  Scope.SpecToCode = D != Direction::CodeToSpec;
  Scope.CodeToSpec = D != Direction::SpecToCode;
  Scope.Exclude = std::move(Exclude);
  Strings Out;
  for (const MessageFinding &F :
       compareWithAsyncApi(Code, parseSpec(), "api.yaml", Scope))
    Out.push_back(F.Loc.File + ":" + std::to_string(F.Loc.Line) + ": " +
                  F.Message);
  return Out;
}

TEST(AsyncApiCompareTest, CodeAgreesWithSpec) {
  MessageIndex Code;
  Code.addProduced(produced("agent_started", {"type", "run_id"}, 10));
  Code.addConsumed(consumed("stop_agent", {"reason"}, 30));
  EXPECT_EQ(messages(Code), Strings{});
}

TEST(AsyncApiCompareTest, CodeToSpec) {
  MessageIndex Code;
  Code.addProduced(produced("agent_started", {"type", "run_id", "runId"}, 10));
  Code.addProduced(produced("agent_start", {"type"}, 12));
  Code.addConsumed(consumed("stop_agent", {"reasn"}, 30));
  Code.addConsumed(consumed("stop_agents", {}, 40));
  Strings Expected = {
      "client.cpp:31: field 'reasn' of message 'stop_agent' is read but the "
      "AsyncAPI document 'api.yaml' does not declare it; did you mean "
      "'reason'?",
      "client.cpp:40: message type 'stop_agents' is handled but the AsyncAPI "
      "document 'api.yaml' does not declare it; did you mean 'stop_agent'?",
      "server.cpp:10: field 'runId' of message 'agent_started' is written but "
      "the AsyncAPI document 'api.yaml' does not declare it; did you mean "
      "'run_id'?",
      "server.cpp:12: message type 'agent_start' is produced but the AsyncAPI "
      "document 'api.yaml' does not declare it; did you mean "
      "'agent_started'?",
  };
  EXPECT_EQ(messages(Code, Direction::CodeToSpec), Expected);
  // Excluded types are not compared.
  EXPECT_EQ(
      messages(Code, Direction::CodeToSpec,
               {"agent_start", "stop_agents", "stopAgent", "agentStarted"}),
      Strings{});
}

TEST(AsyncApiCompareTest, SpecToCode) {
  MessageIndex Code;
  // Produces another type only, and forgets run_id; handles nothing the
  // document sends it.
  Code.addProduced(produced("agent_started", {"type"}, 10));
  Code.addProduced(produced("heartbeat", {"type"}, 11));
  Code.addConsumed(consumed("ping", {}, 30));
  Strings Found = messages(Code, Direction::SpecToCode);
  ASSERT_EQ(Found.size(), 2u);
  EXPECT_EQ(Found[0], "api.yaml:7: required field 'run_id' of message "
                      "'agent_started' is not written by any producer in "
                      "the code");
  EXPECT_EQ(Found[1], "api.yaml:16: message type 'stop_agent' is received "
                      "according to the AsyncAPI document but no consumer "
                      "in the code handles it");
  // Both directions: the code's extra types too.
  EXPECT_EQ(messages(Code).size(), 4u);
}

TEST(AsyncApiCompareTest, UnknownsSuppress) {
  MessageIndex Code;
  // A producer of an unknown type could emit agent_started; a consumer of
  // an unknown type could handle stop_agent.
  ProducedMessage Open = produced("agent_started", {"type"}, 10);
  Open.OpenFields = true;
  Code.addProduced(Open);
  ProducedMessage Unknown = produced("x", {}, 11);
  Unknown.Type.reset();
  Code.addProduced(Unknown);
  ConsumedMessage Any = consumed("x", {}, 30);
  Any.Type.reset();
  Code.addConsumed(Any);
  EXPECT_EQ(messages(Code), Strings{});
  // No code with the document's key: nothing to judge.
  MessageIndex Other;
  ProducedMessage Event = produced("agent_started", {}, 10);
  Event.Key = "event";
  Other.addProduced(Event);
  EXPECT_EQ(messages(Other), Strings{});
}
