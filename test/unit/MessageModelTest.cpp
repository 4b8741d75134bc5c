//===--- MessageModelTest.cpp - Tests for lib/messages/MessageModel -------===//

#include "lib/messages/MessageModel.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static MessageLocation at(unsigned Line, llvm::StringRef File = "a.cpp") {
  return {File.str(), Line, 5};
}

/// A message of \p Type with the discriminator \p Key, at \p Line.
template <typename MessageT>
static MessageT message(std::optional<std::string> Type, unsigned Line,
                        llvm::StringRef Key, llvm::StringRef File) {
  MessageT M;
  M.Key = Key.str();
  M.Type = std::move(Type);
  M.Loc = at(Line, File);
  M.Kind = "nlohmann";
  return M;
}

static ProducedMessage produced(std::optional<std::string> Type,
                                std::vector<std::string> Fields, unsigned Line,
                                llvm::StringRef Key = "type") {
  auto M = message<ProducedMessage>(std::move(Type), Line, Key, "server.cpp");
  M.Fields = std::move(Fields);
  return M;
}

/// Each field is read on a line of its own after the handler's.
static ConsumedMessage consumed(std::optional<std::string> Type,
                                std::vector<std::string> Fields, unsigned Line,
                                llvm::StringRef Key = "type") {
  auto M = message<ConsumedMessage>(std::move(Type), Line, Key, "client.cpp");
  for (std::string &F : Fields)
    M.Fields.push_back({std::move(F), at(++Line, "client.cpp")});
  return M;
}

static std::vector<std::string> messages(const MessageIndex &I,
                                         MessageFindingOptions O = {}) {
  std::vector<std::string> Out;
  for (const MessageFinding &F : I.findings(O))
    Out.push_back(F.Loc.File + ":" + std::to_string(F.Loc.Line) + ": " +
                  F.Message);
  return Out;
}

using Strings = std::vector<std::string>;

TEST(MessageNamesTest, NearestName) {
  Strings Types = {"agent_started", "agent_stopped", "run_finished"};
  EXPECT_EQ(nearestName("agent_start", Types), "agent_started");
  EXPECT_EQ(nearestName("AgentStarted", Types), "agent_started");
  EXPECT_EQ(nearestName("runId", {"run_id", "thread_id"}), "run_id");
  EXPECT_EQ(nearestName("RUN-ID", {"run_id"}), "run_id");
  // Two candidates at the same distance: no suggestion.
  EXPECT_EQ(nearestName("agent_stxpped", {"agent_stopped", "agent_stepped"}),
            std::nullopt);
  // Folded duplicates are ambiguous too.
  EXPECT_EQ(nearestName("runid", {"run_id", "runId"}), std::nullopt);
  // Too far, or too short to judge.
  EXPECT_EQ(nearestName("hello", Types), std::nullopt);
  EXPECT_EQ(nearestName("id", {"ok"}), std::nullopt);
  EXPECT_EQ(nearestName("id", {"ID"}), "ID");
  EXPECT_EQ(foldName("Run_Id-X"), "runidx");
}

TEST(MessageIndexTest, UnknownTypeWithDidYouMean) {
  MessageIndex I;
  I.addProduced(produced("agent_started", {"type", "run_id"}, 10));
  I.addProduced(produced("run_finished", {"type", "run_id"}, 20));
  I.addConsumed(consumed("agent_start", {"run_id"}, 30));
  I.addConsumed(consumed("run_finished", {"run_id"}, 40));
  std::vector<MessageFinding> F = I.findings();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Kind, MessageFinding::UnknownType);
  EXPECT_EQ(F[0].Message, "message type 'agent_start' is handled but no "
                          "producer emits it; did you mean 'agent_started'?");
  EXPECT_EQ(F[0].Replacement, "agent_started");
  EXPECT_EQ(F[0].Loc, at(30, "client.cpp"));
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_EQ(F[0].Notes[0].first, at(10, "server.cpp"));
  EXPECT_EQ(F[0].Notes[0].second, "message 'agent_started' is produced here");
}

TEST(MessageIndexTest, UnknownTypeWithoutUniqueNearest) {
  MessageIndex I;
  I.addProduced(produced("agent_stopped", {}, 10));
  I.addProduced(produced("agent_stepped", {}, 11));
  I.addConsumed(consumed("agent_stxpped", {}, 30));
  std::vector<MessageFinding> F = I.findings();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Replacement, std::nullopt);
  EXPECT_EQ(F[0].Message,
            "message type 'agent_stxpped' is handled but no producer emits it");
}

TEST(MessageIndexTest, UnknownFieldKeyedByType) {
  MessageIndex I;
  I.addProduced(produced("agent_started", {"type", "run_id"}, 10));
  // `status` is written, but only by another type.
  I.addProduced(produced("run_finished", {"type", "status"}, 20));
  I.addConsumed(consumed("agent_started", {"type", "runId", "status"}, 30));
  EXPECT_EQ(messages(I),
            (Strings{"client.cpp:32: field 'runId' is read from message "
                     "'agent_started' but no producer of it writes it; did "
                     "you mean 'run_id'?",
                     "client.cpp:33: field 'status' is read from message "
                     "'agent_started' but no producer of it writes it"}));
  std::vector<MessageFinding> F = I.findings();
  EXPECT_EQ(F[0].Replacement, "run_id");
  EXPECT_EQ(F[0].Field, "runId");
  EXPECT_EQ(F[0].Kind, MessageFinding::UnknownField);
}

TEST(MessageIndexTest, FieldsOfAllProducersOfTheTypeCount) {
  MessageIndex I;
  I.addProduced(produced("tick", {"type", "a"}, 10));
  I.addProduced(produced("tick", {"type", "b"}, 20));
  I.addConsumed(consumed("tick", {"a", "b"}, 30));
  EXPECT_EQ(messages(I), Strings{});
}

TEST(MessageIndexTest, UntypedConsumerComparedWithEveryProducerOfTheKey) {
  MessageIndex I;
  I.addProduced(produced("a", {"type", "run_id"}, 10));
  I.addProduced(produced("b", {"type", "thread_id"}, 20));
  I.addConsumed(consumed(std::nullopt, {"thread_id", "runId"}, 30));
  EXPECT_EQ(messages(I),
            Strings{"client.cpp:32: field 'runId' is read from messages with "
                    "a 'type' but no producer writes it; did you mean "
                    "'run_id'?"});
}

TEST(MessageIndexTest, UnknownDiscriminatorIsNeverComparedOnType) {
  MessageIndex I;
  I.addProduced(produced("agent_started", {"type", "run_id"}, 10));
  // A producer whose type is unresolved may emit any type, with any field.
  I.addProduced(produced(std::nullopt, {"type", "x"}, 20));
  I.addConsumed(consumed("agent_start", {"whatever"}, 30));
  I.addConsumed(consumed("agent_started", {"whatever"}, 40));
  EXPECT_EQ(messages(I), Strings{});
  // Without it, both are findings.
  MessageIndex J;
  J.addProduced(produced("agent_started", {"type", "run_id"}, 10));
  J.addConsumed(consumed("agent_start", {"whatever"}, 30));
  J.addConsumed(consumed("agent_started", {"whatever"}, 40));
  EXPECT_EQ(messages(J).size(), 2u);
}

TEST(MessageIndexTest, NothingComparedWithoutProducersOfTheKey) {
  MessageIndex I;
  I.addProduced(produced("agent_started", {"type"}, 10, "event"));
  // The consumer dispatches on "type": its producers are not in the index.
  I.addConsumed(consumed("agent_start", {"run_id"}, 30, "type"));
  // A consumer without a key is any JSON read, not a message.
  I.addConsumed(consumed(std::nullopt, {"port"}, 40, ""));
  EXPECT_EQ(messages(I), Strings{});
}

TEST(MessageIndexTest, OpenProducerFieldsAreNotCompared) {
  MessageIndex I;
  ProducedMessage P = produced("agent_started", {"type"}, 10);
  P.OpenFields = true;
  I.addProduced(P);
  I.addConsumed(consumed("agent_started", {"run_id"}, 30));
  EXPECT_EQ(messages(I), Strings{});
}

TEST(MessageIndexTest, UnusedIsOptIn) {
  MessageIndex I;
  I.addProduced(produced("agent_started", {"type", "run_id", "extra"}, 10));
  I.addProduced(produced("never_handled", {"type"}, 20));
  I.addConsumed(consumed("agent_started", {"run_id"}, 30));
  EXPECT_EQ(messages(I), Strings{});
  MessageFindingOptions O;
  O.ReportUnused = true;
  EXPECT_EQ(messages(I, O),
            (Strings{"server.cpp:10: field 'extra' of message 'agent_started' "
                     "is produced but no consumer reads it",
                     "server.cpp:20: message type 'never_handled' is produced "
                     "but no consumer handles it"}));
  // An untyped consumer may handle any type; an open one reads any field.
  ConsumedMessage Any = consumed(std::nullopt, {}, 50);
  Any.OpenFields = true;
  I.addConsumed(Any);
  EXPECT_EQ(messages(I, O), Strings{});
}

TEST(MessageIndexTest, MergeDeduplicatesEntriesSeenTwice) {
  MessageIndex A, B;
  A.addProduced(produced("tick", {"type", "a"}, 10));
  B.addProduced(produced("tick", {"type", "b"}, 10));
  B.addConsumed(consumed("tick", {"a"}, 30));
  A.addConsumed(consumed("tick", {"a"}, 30));
  SettingRead S{"JWT_SECRET", "svc", at(1), "getenv"};
  A.addSetting(S);
  B.addSetting(S);
  A.merge(B);
  ASSERT_EQ(A.produced().size(), 1u);
  EXPECT_EQ(A.produced()[0].Fields, (Strings{"type", "a", "b"}));
  ASSERT_EQ(A.consumed().size(), 1u);
  EXPECT_EQ(A.consumed()[0].Fields.size(), 1u);
  EXPECT_EQ(A.settings().size(), 1u);
}
