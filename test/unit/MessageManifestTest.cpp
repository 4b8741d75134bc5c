//===--- MessageManifestTest.cpp - Tests for lib/messages/MessageManifest -===//

#include "lib/messages/MessageManifest.h"
#include "lib/routes/ManifestJson.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static std::string manifestError(llvm::StringRef Text) {
  llvm::Expected<MessageIndex> I = parseMessageManifest(Text, "m.json");
  if (I)
    return "<no error>";
  return llvm::toString(I.takeError());
}

static MessageIndex sampleIndex() {
  MessageIndex I;
  ProducedMessage P;
  P.Key = "type";
  P.Type = "agent_started";
  P.Fields = {"type", "run_id"};
  P.Loc = {"server.cpp", 10, 3};
  P.Kind = "nlohmann";
  I.addProduced(P);
  ProducedMessage Unknown;
  Unknown.Key = "type";
  Unknown.OpenFields = true;
  Unknown.Loc = {"server.cpp", 20, 3};
  I.addProduced(Unknown);
  ConsumedMessage C;
  C.Key = "type";
  C.Type = "agent_start";
  C.Fields = {{"runId", {"client.cpp", 31, 9}}};
  C.Loc = {"client.cpp", 30, 24};
  C.Kind = "jsoncpp";
  I.addConsumed(C);
  I.addSetting(
      {"JWT_SECRET", "tests/e2e", {"tests/e2e/a.cpp", 4, 7}, "getenv"});
  return I;
}

TEST(MessageManifestTest, RoundTrip) {
  MessageIndex I = sampleIndex();
  std::string Text = writeMessageManifest(I);
  llvm::Expected<MessageIndex> Back = parseMessageManifest(Text, "m.json");
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(writeMessageManifest(*Back), Text);
  ASSERT_EQ(Back->produced().size(), 2u);
  EXPECT_EQ(Back->produced()[0].Type, "agent_started");
  EXPECT_EQ(Back->produced()[0].Fields,
            (std::vector<std::string>{"type", "run_id"}));
  EXPECT_EQ(Back->produced()[1].Type, std::nullopt);
  EXPECT_TRUE(Back->produced()[1].OpenFields);
  ASSERT_EQ(Back->consumed().size(), 1u);
  EXPECT_EQ(Back->consumed()[0].Fields[0].Name, "runId");
  EXPECT_EQ(Back->consumed()[0].Fields[0].Loc.Line, 31u);
  EXPECT_EQ(Back->consumed()[0].Kind, "jsoncpp");
  ASSERT_EQ(Back->settings().size(), 1u);
  EXPECT_EQ(Back->settings()[0].Component, "tests/e2e");
  EXPECT_NE(Text.find("\"version\": 1"), std::string::npos);
}

TEST(MessageManifestTest, SharesOneFileWithRoutes) {
  // The route writer's document, with the messages added beside "routes".
  RouteEntry R;
  R.Pattern = std::move(*RoutePattern::parse("/agents/{id}"));
  R.Methods = {"GET"};
  R.File = "server.cpp";
  std::string Routes = writeRouteManifest({R});
  llvm::Expected<llvm::json::Value> Doc = llvm::json::parse(Routes);
  ASSERT_TRUE(bool(Doc)) << llvm::toString(Doc.takeError());
  addMessagesToManifest(sampleIndex(), *Doc->getAsObject());
  std::string Combined;
  llvm::raw_string_ostream(Combined) << *Doc;

  llvm::Expected<MessageIndex> Messages =
      parseMessageManifest(Combined, "m.json");
  ASSERT_TRUE(bool(Messages)) << llvm::toString(Messages.takeError());
  EXPECT_EQ(Messages->produced().size(), 2u);
  llvm::Expected<RouteDocument> Back = parseRouteManifest(Combined, "m.json");
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  ASSERT_EQ(Back->Routes.size(), 1u);
  EXPECT_EQ(Back->Routes[0].Pattern.source(), "/agents/{id}");

  // A routes-only manifest is an index without messages.
  llvm::Expected<MessageIndex> Empty = parseMessageManifest(Routes, "r.json");
  ASSERT_TRUE(bool(Empty)) << llvm::toString(Empty.takeError());
  EXPECT_TRUE(Empty->produced().empty());
}

TEST(MessageManifestTest, Errors) {
  EXPECT_EQ(manifestError("[1]"), "m.json:1:1: the manifest must be an object");
  EXPECT_EQ(manifestError("{\"version\": 2}"),
            "m.json:1:13: unsupported manifest version '2' (expected 1)");
  EXPECT_EQ(manifestError("{\"messages\": []}"),
            "m.json:1:14: 'messages' must be an object");
  EXPECT_EQ(manifestError("{\"messages\": {\"produced\": {}}}"),
            "m.json:1:27: 'produced' must be a list");
  EXPECT_EQ(manifestError("{\"messages\": {\"produced\": [\n"
                          "  {\"type\": \"a\", \"line\": \"x\"}]}}"),
            "m.json:2:25: 'line' must be a non-negative integer");
  EXPECT_EQ(manifestError("{\"messages\": {\"consumed\": [\n"
                          "  {\"fields\": [{\"line\": 3}]}]}}"),
            "m.json:2:15: a field read has no 'name'");
  EXPECT_EQ(manifestError("{\"messages\": {\"produced\": [\n"
                          "  {\"fields\": [\"a\", [1]]}]}}"),
            "m.json:2:20: an element of 'fields' must be a string");
  EXPECT_EQ(manifestError("{\"settings\": [{\"component\": \"a\"}]}"),
            "m.json:1:15: a setting has no 'key'");
  EXPECT_EQ(manifestError("{\"settings\": [{\"key\": \"A\",\n"
                          " \"openFields\": 1}], \"x\": {"),
            "m.json:2:26: invalid JSON: Expected object key");
  EXPECT_EQ(manifestError(""), "m.json:1:1: the document is empty");
}

TEST(MessageManifestTest, ReadFile) {
  llvm::Expected<MessageIndex> I =
      readMessageManifest(WIRECHECK_UNIT_INPUTS "/does-not-exist.json");
  ASSERT_FALSE(bool(I));
  std::string E = llvm::toString(I.takeError());
  EXPECT_NE(E.find("does-not-exist.json:1:1: cannot read the file"),
            std::string::npos)
      << E;
}
