//===--- SarifTest.cpp - Tests for lib/Sarif ------------------------------===//

#include "lib/sarif/Sarif.h"
#include "llvm/Support/FormatVariadic.h"
#include "gtest/gtest.h"
#include <map>

using namespace wirecheck;
using namespace wirecheck::sarif;

namespace {

/// An in-memory file system for the readers.
struct FakeFiles {
  std::map<std::string, std::string> Files;
  std::optional<std::string> operator()(llvm::StringRef Path) const {
    auto It = Files.find(Path.str());
    if (It == Files.end())
      return std::nullopt;
    return It->second;
  }
};

const char *const Source = R"cpp(#include <x.h>
namespace app {
// A comment with a brace { and a paren (.
void Server::onClose(int Code) {
  auto Report = [&](int X) {
    log("{}", State); // offset inside the lambda
  };
  if (Code) {
    json J = State;
  }
}
}
bool operator==(const A &L, const A &R) { return L.X == R.X; }
int top = 1;
)cpp";

unsigned offsetOfText(llvm::StringRef Text, llvm::StringRef Needle) {
  size_t Pos = Text.find(Needle);
  EXPECT_NE(Pos, llvm::StringRef::npos) << Needle.str();
  return Pos;
}

} // namespace

TEST(SarifPositionTest, LinesAndCodePointColumns) {
  llvm::StringRef Text = "ab\nc\xC3\xA9"
                         "d\n";
  Position P = positionOf(Text, 0);
  EXPECT_EQ(P.Line, 1u);
  EXPECT_EQ(P.Column, 1u);
  P = positionOf(Text, 3);
  EXPECT_EQ(P.Line, 2u);
  EXPECT_EQ(P.Column, 1u);
  // 'd' follows the two-byte 'é': byte column 4, code point column 3.
  P = positionOf(Text, 6);
  EXPECT_EQ(P.Line, 2u);
  EXPECT_EQ(P.Column, 3u);
  EXPECT_EQ(offsetOf(Text, 2, 4), 6u);
  EXPECT_EQ(offsetOf(Text, 9, 1), Text.size());
}

TEST(SarifFunctionTest, FindsTheEnclosingFunction) {
  llvm::StringRef S = Source;
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "log(")), "Server::onClose");
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "json J")), "Server::onClose");
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "return L.X")), "operator==");
}

TEST(SarifFunctionTest, FileScopeAndNamespacesHaveNoFunction) {
  llvm::StringRef S = Source;
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "int top")), "");
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "// A comment")), "");
  EXPECT_EQ(enclosingFunction("struct S {\n  int X;\n};", 12), "");
}

TEST(SarifFunctionTest, HandlesTemplatesMacrosAndSpecialNames) {
  llvm::StringRef T = "template <typename T> std::vector<T> make(T V) {\n"
                      "  return {V};\n}\n";
  EXPECT_EQ(enclosingFunction(T, offsetOfText(T, "return")), "make");
  llvm::StringRef M = "#define GUARD { \\\n  x(); }\n"
                      "Widget::~Widget() noexcept {\n  close();\n}\n";
  EXPECT_EQ(enclosingFunction(M, offsetOfText(M, "close")), "Widget::~Widget");
  llvm::StringRef C = "struct F {\n  int operator()(int X) const {\n"
                      "    return X;\n  }\n  explicit operator bool() const "
                      "{\n    return true;\n  }\n};\n";
  EXPECT_EQ(enclosingFunction(C, offsetOfText(C, "return X")), "operator()");
  EXPECT_EQ(enclosingFunction(C, offsetOfText(C, "return true")),
            "operator bool");
  llvm::StringRef I = "Conn::Conn(int Fd) : Fd(Fd), Buf{0} {\n  open();\n}\n";
  EXPECT_EQ(enclosingFunction(I, offsetOfText(I, "open")), "Conn::Conn");
  llvm::StringRef Str = "void f() {\n  const char *S = \"}\";\n  g();\n}\n";
  EXPECT_EQ(enclosingFunction(Str, offsetOfText(Str, "g()")), "f");
}

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

static const char *const Exported = R"yaml(---
MainSourceFile:  '/p/src/a.cpp'
Diagnostics:
  - DiagnosticName:  wire-enum-serialization
    DiagnosticMessage:
      Message:         'enum ''Color'' is written to spdlog'
      FilePath:        'src/a.cpp'
      FileOffset:      28
      Replacements:
        - FilePath:        '/p/src/a.cpp'
          Offset:          28
          Length:          1
          ReplacementText: 'to_string(C)'
    Notes:
      - Message:         'enum ''Color'' declared here'
        FilePath:        '/p/src/a.cpp'
        FileOffset:      5
        Replacements:    []
    Level:           Error
    BuildDirectory:  '/p'
...
)yaml";

static FakeFiles project() {
  FakeFiles F;
  F.Files["/p/src/a.cpp"] = "enum Color {};\nvoid f() {\n  C;\n}\n";
  return F;
}

TEST(SarifParseTest, ReadsExportedFixes) {
  FakeFiles Files = project();
  std::vector<Finding> Out;
  ASSERT_FALSE(llvm::errorToBool(parseExportedFixes(Exported, Files, Out)));
  ASSERT_EQ(Out.size(), 1u);
  const Finding &F = Out[0];
  EXPECT_EQ(F.Rule, "wire-enum-serialization");
  EXPECT_EQ(F.Level, "error");
  EXPECT_EQ(F.Message, "enum 'Color' is written to spdlog");
  EXPECT_EQ(F.File, "/p/src/a.cpp"); // Relative to BuildDirectory.
  EXPECT_EQ(F.Where.Line, 3u);
  EXPECT_EQ(F.Where.Column, 3u);
  EXPECT_EQ(F.Function, "f");
  ASSERT_EQ(F.Notes.size(), 1u);
  EXPECT_EQ(F.Notes[0].Where.Line, 1u);
  EXPECT_EQ(F.Notes[0].Where.Column, 6u);
  ASSERT_EQ(F.Fix.size(), 1u);
  EXPECT_EQ(F.Fix[0].Text, "to_string(C)");
  EXPECT_EQ(F.Fix[0].End.Column, 4u);
}

TEST(SarifParseTest, RejectsBrokenYaml) {
  FakeFiles Files;
  std::vector<Finding> Out;
  llvm::Error E = parseExportedFixes("Diagnostics: [ {", Files, Out);
  EXPECT_TRUE(llvm::errorToBool(std::move(E)));
}

TEST(SarifParseTest, ReadsTextDiagnostics) {
  FakeFiles Files = project();
  std::vector<Finding> Out;
  llvm::StringRef Text =
      "3 warnings generated.\n"
      "/p/src/a.cpp:3:3: error: enum 'Color' is written to spdlog "
      "[wire-enum-serialization,-warnings-as-errors]\n"
      "    3 |   C;\n"
      "/p/src/a.cpp:1:6: note: enum 'Color' declared here\n"
      "/p/src/a.cpp:2:1: warning: something else [bugprone-foo]\n";
  ASSERT_FALSE(llvm::errorToBool(parseTextDiagnostics(Text, Files, Out)));
  ASSERT_EQ(Out.size(), 2u);
  EXPECT_EQ(Out[0].Rule, "wire-enum-serialization");
  EXPECT_EQ(Out[0].Level, "error");
  EXPECT_EQ(Out[0].Message, "enum 'Color' is written to spdlog");
  EXPECT_EQ(Out[0].Function, "f");
  ASSERT_EQ(Out[0].Notes.size(), 1u);
  EXPECT_EQ(Out[1].Rule, "bugprone-foo");
  EXPECT_EQ(Out[1].Level, "warning");
  EXPECT_TRUE(Out[1].Notes.empty());
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
