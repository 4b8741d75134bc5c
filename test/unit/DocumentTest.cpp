//===--- DocumentTest.cpp - Tests for lib/support/Document ---------------===//

#include "lib/support/Document.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static DocNode load(llvm::StringRef Text) {
  llvm::Expected<DocNode> N = parseDocument(Text, "d.yaml");
  if (!N) {
    ADD_FAILURE() << llvm::toString(N.takeError());
    return {};
  }
  return std::move(*N);
}

static std::string loadError(llvm::StringRef Text) {
  llvm::Expected<DocNode> N = parseDocument(Text, "d.yaml");
  if (N)
    return "<no error>";
  return llvm::toString(N.takeError());
}

TEST(DocumentTest, TreeAndPositions) {
  DocNode Root = load("a: 1\n"
                      "b:\n"
                      "  - x\n"
                      "  - {c: 'null', d: null, e: ~}\n"
                      "f: |\n"
                      "  two\n"
                      "  lines\n");
  ASSERT_TRUE(Root.isMapping());
  EXPECT_EQ(Root.Keys, (std::vector<std::string>{"a", "b", "f"}));
  EXPECT_EQ(Root.getScalar("a"), "1");
  EXPECT_EQ(Root.getScalar("f"), "two\nlines\n");
  EXPECT_EQ(Root.getScalar("missing"), std::nullopt);
  const DocNode *B = Root.get("b");
  ASSERT_TRUE(B && B->isSequence());
  ASSERT_EQ(B->Items.size(), 2u);
  EXPECT_EQ(B->Items[0].Value, "x");
  EXPECT_EQ(B->Items[0].Line, 3u);
  EXPECT_EQ(B->Items[0].Column, 5u);
  const DocNode &Flow = B->Items[1];
  // A flow collection starts at its bracket.
  EXPECT_EQ(Flow.Line, 4u);
  EXPECT_EQ(Flow.Column, 5u);
  // A quoted 'null' is a string; bare null and ~ are null.
  EXPECT_EQ(Flow.getScalar("c"), "null");
  ASSERT_TRUE(Flow.get("d"));
  EXPECT_EQ(Flow.get("d")->Kind, DocNode::Null);
  EXPECT_EQ(Flow.get("e")->Kind, DocNode::Null);
  EXPECT_EQ(Flow.get("e")->Column, 29u);
}

TEST(DocumentTest, JsonIsRead) {
  DocNode Root = load("{\"a\": [1, \"two\"], \"b\": {\"c\": true}}");
  ASSERT_TRUE(Root.isMapping());
  EXPECT_EQ(Root.get("a")->Items[1].Value, "two");
  EXPECT_EQ(Root.get("b")->getScalar("c"), "true");
}

TEST(DocumentTest, AliasesAreNull) {
  DocNode Root = load("a: &anchor {x: 1}\nb: *anchor\n");
  EXPECT_TRUE(Root.get("a")->isMapping());
  EXPECT_EQ(Root.get("b")->Kind, DocNode::Null);
}

TEST(DocumentTest, Errors) {
  EXPECT_EQ(loadError("? [a]\n: b\n"), "d.yaml:1:3: a key must be a string");
  EXPECT_EQ(loadError("a: [1\n"),
            "d.yaml:1:6: invalid YAML: Could not find closing ]!");
  EXPECT_EQ(loadError("a: b\nc: \xff\n"),
            "d.yaml:2:4: invalid UTF-8: byte 0xff does not start a valid "
            "sequence");
  EXPECT_EQ(loadError("   \n"), "d.yaml:1:1: the document is empty");
  std::string E = llvm::toString(readDocument("/").takeError());
  EXPECT_EQ(E.rfind("/:1:1: cannot read the file: ", 0), 0u) << E;
}

TEST(DocumentTest, KeyPositions) {
  DocNode Root = load("a: 1\n  \nbb:\n  c: 2\n");
  ASSERT_EQ(Root.KeyPositions.size(), 2u);
  EXPECT_EQ(Root.KeyPositions[1].Line, 3u);
  EXPECT_EQ(Root.KeyPositions[1].Column, 1u);
  EXPECT_EQ(Root.get("bb")->KeyPositions[0].Column, 3u);
}

TEST(DocumentTest, JsonErrorsAreNamedAsJson) {
  EXPECT_EQ(loadError("{\"a\": [1,]}"),
            "d.yaml:1:10: invalid JSON: Invalid JSON value");
}
