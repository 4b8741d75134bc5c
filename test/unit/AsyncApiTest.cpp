//===--- AsyncApiTest.cpp - Tests for lib/messages/AsyncApi ---------------===//

#include "lib/messages/AsyncApi.h"
#include "gtest/gtest.h"

using namespace wirecheck;
using Strings = std::vector<std::string>;

static const Strings Keys = parseDiscriminatorKeys(DefaultDiscriminatorKeys);

static AsyncApiDocument parse(llvm::StringRef Text,
                              llvm::StringRef Name = "api.yaml") {
  llvm::Expected<AsyncApiDocument> D = parseAsyncApi(Text, Name, Keys);
  if (!D) {
    ADD_FAILURE() << llvm::toString(D.takeError());
    return {};
  }
  return std::move(*D);
}

static std::string parseError(llvm::StringRef Text,
                              llvm::StringRef Name = "api.yaml") {
  llvm::Expected<AsyncApiDocument> D = parseAsyncApi(Text, Name, Keys);
  if (D)
    return "<no error>";
  return llvm::toString(D.takeError());
}

static const AsyncApiMessage *find(const AsyncApiDocument &D,
                                   llvm::StringRef Name) {
  for (const AsyncApiMessage &M : D.Messages)
    if (M.Name == Name)
      return &M;
  ADD_FAILURE() << "no message " << Name.str();
  return nullptr;
}

static AsyncApiDocument readInput(llvm::StringRef File) {
  std::string Path = (WIRECHECK_UNIT_INPUTS "/asyncapi/" + File).str();
  llvm::Expected<AsyncApiDocument> D = readAsyncApi(Path, Keys);
  if (!D) {
    ADD_FAILURE() << llvm::toString(D.takeError());
    return {};
  }
  return std::move(*D);
}

TEST(AsyncApiTest, DiscriminatorKeys) {
  EXPECT_EQ(Keys, (Strings{"type", "event", "op", "action"}));
}

TEST(AsyncApiTest, Version26Yaml) {
  AsyncApiDocument D = readInput("agents-2.6.yaml");
  EXPECT_EQ(D.Version, "2.6.0");
  EXPECT_TRUE(D.Warnings.empty());
  ASSERT_EQ(D.Messages.size(), 3u);
  const AsyncApiMessage *Started = find(D, "agentStarted");
  ASSERT_TRUE(Started);
  EXPECT_EQ(Started->Key, "type");
  EXPECT_EQ(Started->Type, "agent_started");
  EXPECT_EQ(Started->Fields, (Strings{"type", "run_id", "model"}));
  EXPECT_FALSE(Started->OpenFields);
  EXPECT_TRUE(Started->Sent);
  EXPECT_FALSE(Started->Received);
  EXPECT_EQ(Started->Channels, Strings{"agents"});
  EXPECT_EQ(Started->Loc.Line, 19u);
  EXPECT_NE(Started->Loc.File.find("agents-2.6.yaml"), std::string::npos);

  // allOf merges the envelope's fields and the required names.
  const AsyncApiMessage *Finished = find(D, "RunFinished");
  ASSERT_TRUE(Finished);
  EXPECT_EQ(Finished->Type, "run_finished");
  EXPECT_EQ(Finished->Fields,
            (Strings{"run_id", "type", "status", "finished_at"}));
  EXPECT_EQ(Finished->Required, (Strings{"run_id", "status", "finished_at"}));

  // `publish`: the application receives it; the key is `op`.
  const AsyncApiMessage *Stop = find(D, "StopAgent");
  ASSERT_TRUE(Stop);
  EXPECT_EQ(Stop->Key, "op");
  EXPECT_EQ(Stop->Type, "stop_agent");
  EXPECT_TRUE(Stop->Received);
  EXPECT_FALSE(Stop->Sent);
}

TEST(AsyncApiTest, Version30Json) {
  AsyncApiDocument D = readInput("agents-3.0.json");
  EXPECT_EQ(D.Version, "3.0.0");
  ASSERT_EQ(D.Messages.size(), 3u);
  const AsyncApiMessage *Started = find(D, "AgentStarted");
  ASSERT_TRUE(Started);
  // The multi-format payload's schema is read.
  EXPECT_EQ(Started->Type, "agent_started");
  EXPECT_EQ(Started->Fields, (Strings{"type", "run_id"}));
  EXPECT_TRUE(Started->Sent);
  EXPECT_FALSE(Started->Received);
  EXPECT_EQ(Started->Channels, Strings{"agents"});

  const AsyncApiMessage *Stop = find(D, "stopAgent");
  ASSERT_TRUE(Stop);
  EXPECT_EQ(Stop->Key, "event");
  EXPECT_EQ(Stop->Type, "stop_agent");
  EXPECT_EQ(Stop->Fields, (Strings{"event", "run_id", "reason"}));
  EXPECT_TRUE(Stop->Received);
  EXPECT_FALSE(Stop->Sent);

  // Declared only in components, with a two-value enum: a known key, an
  // unknown type.
  const AsyncApiMessage *Beat = find(D, "Heartbeat");
  ASSERT_TRUE(Beat);
  EXPECT_EQ(Beat->Key, "type");
  EXPECT_EQ(Beat->Type, std::nullopt);
  EXPECT_FALSE(Beat->Sent || Beat->Received);
  EXPECT_TRUE(Beat->Channels.empty());
}

TEST(AsyncApiTest, Version30Yaml) {
  AsyncApiDocument D = parse(R"(asyncapi: 3.0.0
channels:
  jobs:
    messages:
      jobDone:
        payload:
          type: object
          properties:
            action: {const: job_done}
            job_id: {type: string}
operations:
  onJobDone:
    action: receive
    channel: {$ref: '#/channels/jobs'}
)");
  ASSERT_EQ(D.Messages.size(), 1u);
  const AsyncApiMessage &M = D.Messages[0];
  EXPECT_EQ(M.Name, "jobDone");
  EXPECT_EQ(M.Key, "action");
  EXPECT_EQ(M.Type, "job_done");
  // Without a `messages` list the operation covers the channel's messages.
  EXPECT_TRUE(M.Received);
  EXPECT_EQ(M.Loc.Line, 6u);
  EXPECT_EQ(M.Loc.Column, 9u);
}

TEST(AsyncApiTest, Version26Json) {
  AsyncApiDocument D = parse(R"({"asyncapi": "2.6.0", "channels": {
  "events": {"subscribe": {"message": {"name": "tick",
    "payload": {"properties": {"event": {"const": "tick"}, "n": {}}}}}}}})",
                             "api.json");
  ASSERT_EQ(D.Messages.size(), 1u);
  EXPECT_EQ(D.Messages[0].Name, "tick");
  EXPECT_EQ(D.Messages[0].Key, "event");
  EXPECT_EQ(D.Messages[0].Type, "tick");
  EXPECT_EQ(D.Messages[0].Fields, (Strings{"event", "n"}));
  EXPECT_TRUE(D.Messages[0].Sent);
  EXPECT_EQ(D.Messages[0].Loc.Line, 2u);
}

TEST(AsyncApiTest, RefCycleIsCutAndReported) {
  AsyncApiDocument D = parse(R"(asyncapi: 2.6.0
channels:
  loop:
    subscribe:
      message: {$ref: '#/components/messages/A'}
components:
  messages:
    A: {$ref: '#/components/messages/B'}
    B: {$ref: '#/components/messages/A'}
    C:
      payload:
        $ref: '#/components/schemas/Node'
  schemas:
    Node:
      allOf:
        - $ref: '#/components/schemas/Node'
        - properties:
            type: {const: node}
            children: {type: array, items: {$ref: '#/components/schemas/Node'}}
)");
  // A and B lead nowhere; C's recursive schema is read once.
  ASSERT_EQ(D.Messages.size(), 1u);
  EXPECT_EQ(D.Messages[0].Name, "C");
  EXPECT_EQ(D.Messages[0].Type, "node");
  EXPECT_EQ(D.Messages[0].Fields, (Strings{"type", "children"}));
  // One warning: the recursive schema is no $ref cycle.
  ASSERT_EQ(D.Warnings.size(), 1u);
  EXPECT_EQ(D.Warnings[0], "api.yaml:8:15: $ref '#/components/messages/B' is "
                           "part of a $ref cycle");
}

TEST(AsyncApiTest, ExternalRefReportedOnceNotFollowed) {
  AsyncApiDocument D = parse(R"(asyncapi: 2.6.0
channels:
  a:
    subscribe:
      message: {$ref: 'common.yaml#/messages/Ping'}
  b:
    subscribe:
      message: {$ref: 'common.yaml#/messages/Ping'}
  c:
    subscribe:
      message:
        payload: {$ref: 'https://example.com/schemas/pong.json'}
)");
  EXPECT_EQ(D.Warnings,
            (Strings{"api.yaml:5:23: $ref 'common.yaml#/messages/Ping' points "
                     "outside the document and is not followed",
                     "api.yaml:12:25: $ref "
                     "'https://example.com/schemas/pong.json' points outside "
                     "the document and is not followed"}));
  // The message whose payload is elsewhere is kept, with open fields.
  ASSERT_EQ(D.Messages.size(), 1u);
  EXPECT_TRUE(D.Messages[0].OpenFields);
  EXPECT_TRUE(D.Messages[0].Key.empty());
}

TEST(AsyncApiTest, Errors) {
  EXPECT_EQ(parseError("asyncapi: 2.6.0\nchannels:\n  a: [1, 2\n"),
            "api.yaml:3:11: invalid YAML: Could not find closing ]!");
  EXPECT_EQ(parseError("{\"asyncapi\": \"3.0.0\",\n \"channels\": {\"a\" 1}}",
                       "api.json"),
            "api.json:2:19: invalid JSON: Expected : after object key");
  EXPECT_EQ(parseError("asyncapi: 2.6.0\ninfo:\n  title: caf\xc3\x28\n"),
            "api.yaml:3:13: invalid UTF-8: byte 0xc3 does not start a valid "
            "sequence");
  EXPECT_EQ(parseError("openapi: 3.0.0\n"),
            "api.yaml:1:1: not an AsyncAPI document: no 'asyncapi' field");
  EXPECT_EQ(parseError("asyncapi: 1.2.0\n"),
            "api.yaml:1:11: unsupported AsyncAPI version '1.2.0' (expected "
            "2.x or 3.0)");
  EXPECT_EQ(parseError("asyncapi: 2.6.0\nchannels: [a]\n"),
            "api.yaml:2:11: 'channels' must be a mapping");
  EXPECT_EQ(parseError("asyncapi: 2.6.0\nchannels:\n  a:\n    subscribe:\n"
                       "      message: {$ref: '#/components/messages/Nope'}\n"),
            "api.yaml:5:23: $ref '#/components/messages/Nope' does not "
            "resolve");
  EXPECT_EQ(parseError(""), "api.yaml:1:1: the document is empty");
  std::string Deep = "asyncapi: 2.6.0\nx: " + std::string(300, '[') + "\n";
  EXPECT_EQ(parseError(Deep).substr(0, 60),
            "api.yaml:2:204: the document nests deeper than 200 levels");
}

TEST(AsyncApiTest, AsRegistry) {
  AsyncApiDocument D = readInput("agents-2.6.yaml");
  const AsyncApiMessage *Started = find(D, "agentStarted");
  ASSERT_TRUE(Started);
  ProducedMessage P = asProduced(*Started);
  EXPECT_EQ(P.Kind, "asyncapi");
  EXPECT_EQ(P.Type, "agent_started");
  EXPECT_EQ(P.Fields, Started->Fields);
  ConsumedMessage C = asConsumed(*Started);
  ASSERT_EQ(C.Fields.size(), 3u);
  EXPECT_EQ(C.Fields[1].Name, "run_id");

  // The spec as the producer side of an index: a code consumer with a typo.
  MessageIndex I;
  for (const AsyncApiMessage &M : D.Messages)
    I.addProduced(asProduced(M));
  ConsumedMessage Code;
  Code.Key = "type";
  Code.Type = "agent_start";
  Code.Loc = {"client.cpp", 3, 10};
  I.addConsumed(Code);
  std::vector<MessageFinding> F = I.findings();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Replacement, "agent_started");
}
