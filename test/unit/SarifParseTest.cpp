//===--- SarifParseTest.cpp - Tests for lib/sarif/TidyOutput --------------===//
//
// Positions, and the parsers of clang-tidy's exported fixes and text output.
//
//===----------------------------------------------------------------------===//

#include "SarifInputs.h"
#include "lib/sarif/TidyOutput.h"
#include "gtest/gtest.h"

using namespace wirecheck::sarif;
using namespace wirecheck::sarif::testing;

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

TEST(SarifPositionTest, LineTableMatchesTheScan) {
  llvm::StringRef Text = "a\n\nb\xC3\xA9x\nlast";
  LineTable Lines(Text);
  for (unsigned Offset = 0; Offset <= Text.size() + 2; ++Offset) {
    Position P = Lines.positionOf(Offset);
    unsigned At = std::min<unsigned>(Offset, Text.size());
    EXPECT_EQ(P.Offset, At);
    EXPECT_EQ(P.Line, 1 + Text.take_front(At).count('\n')) << Offset;
  }
  EXPECT_EQ(Lines.positionOf(6).Column, 3u); // After the two-byte 'é'.
  EXPECT_EQ(Lines.offsetOf(0, 0), 0u);
  EXPECT_EQ(Lines.offsetOf(3, 2), 4u);
  EXPECT_EQ(Lines.offsetOf(4, 1), 8u);
  EXPECT_EQ(Lines.offsetOf(4, 99), Text.size());
  EXPECT_EQ(Lines.offsetOf(5, 1), Text.size());
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

static std::string shapeError(llvm::StringRef Yaml) {
  FakeFiles Files;
  std::vector<Finding> Out;
  llvm::Error E = parseExportedFixes(Yaml, Files, Out);
  EXPECT_TRUE(Out.empty());
  return E ? llvm::toString(std::move(E)) : "";
}

TEST(SarifParseTest, RejectsTheWrongShape) {
  EXPECT_EQ(shapeError("Checks: '-*'\n"),
            "not clang-tidy's exported fixes: no 'Diagnostics' list");
  EXPECT_EQ(shapeError(""),
            "not clang-tidy's exported fixes: no 'Diagnostics' list");
  EXPECT_EQ(shapeError("- a\n"), "line 1: the document is not a mapping");
  EXPECT_EQ(shapeError("x: 1\nDiagnostics: {a: b}\n"),
            "line 2: Diagnostics is not a list");
  EXPECT_EQ(shapeError("Diagnostics:\n  - 3\n"),
            "line 2: a diagnostic that is not a mapping");
  EXPECT_EQ(shapeError("Diagnostics:\n  - DiagnosticName: x\n"),
            "line 2: diagnostic 'x' has no DiagnosticMessage");
  EXPECT_EQ(shapeError("Diagnostics:\n  - DiagnosticName: x\n"
                       "    DiagnosticMessage: {FileOffset: -1}\n"),
            "line 3: FileOffset '-1' is not a number");
  EXPECT_EQ(shapeError("Diagnostics: []\n"), "");
  EXPECT_EQ(shapeError("Diagnostics:\n"), "");
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
