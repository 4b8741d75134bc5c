//===--- SarifTest.cpp - Tests for lib/sarif/SarifLog ---------------------===//
//
// The SARIF log writer, fingerprints, URIs and rule metadata.
//
//===----------------------------------------------------------------------===//

#include "SarifInputs.h"
#include "lib/sarif/SarifLog.h"
#include "lib/sarif/TidyOutput.h"
#include "lib/sarif/Uri.h"
#include "llvm/Support/FormatVariadic.h"
#include "gtest/gtest.h"

using namespace wirecheck::sarif;
using namespace wirecheck::sarif::testing;

TEST(SarifFingerprintTest, IgnoresLinesWhitespaceAndNumbers) {
  EXPECT_EQ(normaliseMessage("  value  12 is\tbad 3x "), "value # is bad #x");
  Finding A;
  A.Rule = "wire-enum-serialization";
  A.Message = "enum 'Color' is written";
  A.Function = "f";
  A.Where = {10, 5, 100};
  Finding B = A;
  B.Where = {42, 7, 900}; // Moved by an unrelated edit.
  EXPECT_EQ(fingerprint(A, "src/a.cpp", 0), fingerprint(B, "src/a.cpp", 0));
  EXPECT_EQ(fingerprint(A, "src/a.cpp", 0).size(), 16u);

  // Rule, file, function, message and ordinal each change it.
  Finding C = A;
  C.Function = "g";
  EXPECT_NE(fingerprint(A, "src/a.cpp", 0), fingerprint(C, "src/a.cpp", 0));
  C = A;
  C.Rule = "wire-other";
  EXPECT_NE(fingerprint(A, "src/a.cpp", 0), fingerprint(C, "src/a.cpp", 0));
  C = A;
  C.Message = "enum 'Shape' is written";
  EXPECT_NE(fingerprint(A, "src/a.cpp", 0), fingerprint(C, "src/a.cpp", 0));
  EXPECT_NE(fingerprint(A, "src/a.cpp", 0), fingerprint(A, "src/b.cpp", 0));
  EXPECT_NE(fingerprint(A, "src/a.cpp", 0), fingerprint(A, "src/a.cpp", 1));
}

TEST(SarifLogTest, WritesRulesResultsFixesAndBaseline) {
  FakeFiles Files = project();
  std::vector<Finding> Out;
  ASSERT_FALSE(llvm::errorToBool(parseExportedFixes(Exported, Files, Out)));
  Out.push_back(Out[0]); // The same finding twice: distinct ordinals.
  Out.push_back(Out[0]);
  Out.back().Rule = "bugprone-use-after-move";

  LogOptions Options;
  Options.ToolVersion = "1.2.3";
  Options.SourceRoot = "/p";
  Options.Rules = [](llvm::StringRef Rule) -> std::optional<RuleInfo> {
    if (Rule != "wire-enum-serialization")
      return std::nullopt;
    return ruleInfoFromMarkdown("# wire-enum-serialization\n\nFlags enums\n"
                                "on the wire.\n\nMore.\n",
                                "https://docs/enum-serialization.md");
  };
  llvm::json::Value Log = toSarif(Out, Options);
  std::string Text = llvm::formatv("{0}", Log).str();

  const llvm::json::Object *Root = Log.getAsObject();
  EXPECT_EQ(Root->getString("version"), llvm::StringRef("2.1.0"));
  const llvm::json::Object *Run = (*Root->getArray("runs"))[0].getAsObject();
  const llvm::json::Array *Rules =
      Run->getObject("tool")->getObject("driver")->getArray("rules");
  ASSERT_EQ(Rules->size(), 2u);
  const llvm::json::Object *Rule = (*Rules)[0].getAsObject();
  EXPECT_EQ(Rule->getObject("shortDescription")->getString("text"),
            llvm::StringRef("Flags enums on the wire."));
  EXPECT_EQ(Rule->getString("helpUri"),
            llvm::StringRef("https://docs/enum-serialization.md"));
  EXPECT_EQ((*Rules)[1].getAsObject()->getString("helpUri"),
            llvm::StringRef("https://clang.llvm.org/extra/clang-tidy/checks/"
                            "bugprone/use-after-move.html"));

  const llvm::json::Array *Results = Run->getArray("results");
  ASSERT_EQ(Results->size(), 3u);
  const llvm::json::Object *R0 = (*Results)[0].getAsObject();
  EXPECT_EQ(R0->getString("level"), llvm::StringRef("error"));
  EXPECT_NE(Text.find("\"uri\":\"src/a.cpp\""), std::string::npos) << Text;
  EXPECT_NE(Text.find("\"uriBaseId\":\"SRCROOT\""), std::string::npos);
  EXPECT_NE(Text.find("\"fullyQualifiedName\":\"f\""), std::string::npos);
  EXPECT_NE(Text.find("\"insertedContent\":{\"text\":\"to_string(C)\"}"),
            std::string::npos);
  EXPECT_EQ(R0->getObject("partialFingerprints")->getString(FingerprintKey),
            llvm::StringRef(fingerprint(Out[0], "src/a.cpp", 0)));
  EXPECT_EQ((*Results)[1]
                .getAsObject()
                ->getObject("partialFingerprints")
                ->getString(FingerprintKey),
            llvm::StringRef(fingerprint(Out[0], "src/a.cpp", 1)));
  EXPECT_FALSE(R0->get("baselineState"));

  // Baseline: the log's own fingerprints filter every result out; dropping
  // one of them brings exactly that result back, marked new.
  llvm::Expected<llvm::StringSet<>> Prints = readFingerprints(Text);
  ASSERT_TRUE(bool(Prints));
  EXPECT_EQ(Prints->size(), 3u);
  Options.Baseline = &*Prints;
  llvm::json::Value Empty = toSarif(Out, Options);
  EXPECT_TRUE((*Empty.getAsObject()->getArray("runs"))[0]
                  .getAsObject()
                  ->getArray("results")
                  ->empty());
  Prints->erase(fingerprint(Out[0], "src/a.cpp", 1));
  llvm::json::Value One = toSarif(Out, Options);
  const llvm::json::Array *Left =
      (*One.getAsObject()->getArray("runs"))[0].getAsObject()->getArray(
          "results");
  ASSERT_EQ(Left->size(), 1u);
  EXPECT_EQ((*Left)[0].getAsObject()->getString("baselineState"),
            llvm::StringRef("new"));
}

TEST(SarifLogTest, ReadFingerprintsRejectsNonSarif) {
  EXPECT_FALSE(bool(readFingerprints("not json")));
  llvm::Expected<llvm::StringSet<>> P = readFingerprints("{\"x\": 1}");
  EXPECT_FALSE(bool(P));
  llvm::consumeError(P.takeError());
}

TEST(SarifLogTest, FingerprinterNumbersIdenticalFindings) {
  Finding A;
  A.Rule = "wire-enum-serialization";
  A.Message = "enum 'Color' at 12";
  Finding B = A;
  B.Message = "enum 'Color' at 40"; // The same key once numbers are out.
  Fingerprinter Prints;
  EXPECT_EQ(Prints.next(A, "a.cpp"), fingerprint(A, "a.cpp", 0));
  EXPECT_EQ(Prints.next(B, "a.cpp"), fingerprint(A, "a.cpp", 1));
  EXPECT_EQ(Prints.next(A, "b.cpp"), fingerprint(A, "b.cpp", 0));
}

TEST(SarifUriTest, PercentEncodesPaths) {
  EXPECT_EQ(relativeUri("src/a-b_c.~d.cpp"), "src/a-b_c.~d.cpp");
  EXPECT_EQ(relativeUri("my dir/100%.cpp"), "my%20dir/100%25.cpp");
  EXPECT_EQ(relativeUri("caf\xC3\xA9#1?.h"), "caf%C3%A9%231%3F.h");
  EXPECT_EQ(fileUri("/srv/my docs/a.md"), "file:///srv/my%20docs/a.md");
}

TEST(SarifLogTest, ArtifactUrisArePercentEncoded) {
  Finding F;
  F.Rule = "wire-enum-serialization";
  F.File = "/p/my src/50%.cpp";
  Finding Outside = F;
  Outside.File = "/q/x y.cpp";
  LogOptions Options;
  Options.SourceRoot = "/p";
  std::string Text = llvm::formatv("{0}", toSarif({F, Outside}, Options)).str();
  EXPECT_NE(Text.find("\"uri\":\"my%20src/50%25.cpp\""), std::string::npos)
      << Text;
  EXPECT_NE(Text.find("\"uri\":\"file:///q/x%20y.cpp\""), std::string::npos)
      << Text;
}

TEST(SarifRuleDocsTest, ReadsWirePagesAndLinksThem) {
  FakeFiles Files;
  Files.Files["/d/my docs/enum-serialization.md"] =
      "# wire-enum-serialization\n\nFlags enums.\n";
  RuleDocs Local("/d/my docs", "", Files);
  std::optional<RuleInfo> Info = Local.lookup("wire-enum-serialization");
  ASSERT_TRUE(Info.has_value());
  EXPECT_EQ(Info->Summary, "Flags enums.");
  EXPECT_EQ(Info->HelpUri, "file:///d/my%20docs/enum-serialization.md");
  EXPECT_FALSE(Local.lookup("wire-route-mismatch")); // No page.
  EXPECT_FALSE(Local.lookup("bugprone-use-after-move"));

  RuleDocs Published("/d/my docs", "https://x.invalid/checks/", Files);
  EXPECT_EQ(Published.lookup("wire-enum-serialization")->HelpUri,
            "https://x.invalid/checks/enum-serialization.md");
  EXPECT_FALSE(RuleDocs("", "", Files).lookup("wire-enum-serialization"));
}

TEST(SarifRuleDocsTest, UpstreamLinks) {
  EXPECT_EQ(upstreamHelpUri("clang-diagnostic-unused-variable"),
            "https://clang.llvm.org/docs/DiagnosticsReference.html"
            "#wunused-variable");
  EXPECT_EQ(upstreamHelpUri("clang-analyzer-core.NullDereference"),
            "https://clang.llvm.org/extra/clang-tidy/checks/clang-analyzer/"
            "core.NullDereference.html");
  EXPECT_EQ(upstreamHelpUri("nodash"), "");
}

TEST(SarifLogTest, BaselineKeepsItsRootAndStatsCountMatches) {
  Finding F;
  F.Rule = "bugprone-foo";
  F.File = "/p/src/a.cpp";
  LogOptions Options;
  Options.SourceRoot = "/p";
  LogStats Stats;
  std::string Text =
      llvm::formatv("{0}", toSarif({F, F}, Options, &Stats)).str();
  EXPECT_EQ(Stats.Results, 2u);
  llvm::Expected<BaselineLog> Base = readBaseline(Text);
  ASSERT_TRUE(bool(Base));
  EXPECT_EQ(Base->SourceRoot, "file:///p/");
  EXPECT_EQ(Base->SourceRoot, sourceRootUri("/p"));
  EXPECT_EQ(Base->Prints.size(), 2u);

  Options.Baseline = &Base->Prints;
  toSarif({F, F, F}, Options, &Stats);
  EXPECT_EQ(Stats.BaselineMatches, 2u);
  EXPECT_EQ(Stats.Results, 1u);
  Options.SourceRoot = "/p/src"; // Another root: other fingerprints.
  toSarif({F}, Options, &Stats);
  EXPECT_EQ(Stats.BaselineMatches, 0u);
}
