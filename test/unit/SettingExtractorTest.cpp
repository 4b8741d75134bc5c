//===--- SettingExtractorTest.cpp - Tests for lib/index/SettingExtractor --===//
//
// Builds small ASTs from code strings (in a file under a fake project root)
// and checks the setting reads SettingExtractor finds: getenv,
// secure_getenv and std::getenv, project readers with a key argument, keys
// built from constants, keys that cannot be resolved (skipped), and the
// component of each read.
//
//===----------------------------------------------------------------------===//

#include "lib/index/SettingExtractor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;

/// The C library's readers, a string class and a project config reader.
static const char Prelude[] = R"cpp(
extern "C" char *getenv(const char *);
extern "C" char *secure_getenv(const char *);
namespace std { using ::getenv; }
struct Str {
  Str(const char *);
  const char *c_str() const;
};
Str operator+(const Str &, const Str &);
namespace cfg {
struct Config {
  Str get(const Str &key) const;
  Str get_or(const Str &fallback, const Str &key) const;
};
Str read_setting(const char *key);
}
namespace other { char *getenv(const char *); }
)cpp";

static std::vector<SettingRead>
extract(llvm::StringRef Code, llvm::StringRef Readers = "",
        llvm::StringRef File = "/proj/services/auth/main.cpp") {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      (llvm::Twine(Prelude) + Code).str(), {"-std=c++17"}, File);
  EXPECT_TRUE(AST && !AST->getDiagnostics().hasErrorOccurred());
  if (!AST)
    return {};
  std::vector<OptionError> Errors;
  SettingExtractor X(parseFunctionSpecs("ConfigKeyReaders", Readers, 1, Errors),
                     "/proj");
  EXPECT_TRUE(Errors.empty());
  MatchFinder Finder;
  X.registerMatchers(Finder);
  Finder.matchAST(AST->getASTContext());
  // The finder's order is not the source's: compare in source order.
  std::vector<SettingRead> Reads = X.Reads;
  llvm::sort(Reads, [](const SettingRead &A, const SettingRead &B) {
    return A.Loc < B.Loc;
  });
  return Reads;
}

static std::vector<std::string> keys(llvm::ArrayRef<SettingRead> Reads) {
  std::vector<std::string> Out;
  for (const SettingRead &R : Reads)
    Out.push_back(R.Key);
  return Out;
}

TEST(SettingExtractorTest, EnvironmentReaders) {
  std::vector<SettingRead> Reads = extract(R"cpp(
void start() {
  getenv("JWT_SECRET");
  secure_getenv("DB_PASSWORD");
  std::getenv("HOME_DIR");
}
)cpp");
  EXPECT_EQ(keys(Reads), (std::vector<std::string>{"JWT_SECRET", "DB_PASSWORD",
                                                   "HOME_DIR"}));
  ASSERT_EQ(Reads.size(), 3u);
  EXPECT_EQ(Reads[0].Reader, "getenv");
  EXPECT_EQ(Reads[1].Reader, "secure_getenv");
  EXPECT_EQ(Reads[0].Component, "services/auth");
  EXPECT_EQ(Reads[0].Loc.File, "/proj/services/auth/main.cpp");
  // The key's argument, not the call.
  EXPECT_EQ(Reads[0].Loc.Column, 10u);
}

TEST(SettingExtractorTest, KeysFromConstants) {
  std::vector<SettingRead> Reads = extract(R"cpp(
constexpr const char *kPrefix = "JWT_";
static const Str kSecret = "SECRET";
constexpr const char *kKeys[] = {"A_KEY", "B_KEY"};
void start() {
  getenv((Str(kPrefix) + kSecret + "_KEY").c_str());
  getenv(kKeys[1]);
}
)cpp");
  EXPECT_EQ(keys(Reads), (std::vector<std::string>{"JWT_SECRET_KEY", "B_KEY"}));
}

TEST(SettingExtractorTest, UnresolvedKeysAreSkipped) {
  std::vector<SettingRead> Reads = extract(R"cpp(
void start(const char *name, Str prefix) {
  getenv(name);
  getenv((prefix + "_SECRET").c_str());
  getenv("");
}
)cpp");
  EXPECT_TRUE(Reads.empty());
}

TEST(SettingExtractorTest, ProjectReaders) {
  const char *Code = R"cpp(
void start(const cfg::Config &config) {
  config.get("SERVICE_SECRET");
  config.get_or("x", "SERVICE_SECRET_KEY");
  cfg::read_setting("KAFKA_TOPIC");
}
)cpp";
  // Without the option, only the environment is read.
  EXPECT_TRUE(extract(Code).empty());
  std::vector<SettingRead> Reads =
      extract(Code, "cfg::Config::get;cfg::Config::get_or:1;read_setting");
  EXPECT_EQ(keys(Reads),
            (std::vector<std::string>{"SERVICE_SECRET", "SERVICE_SECRET_KEY",
                                      "KAFKA_TOPIC"}));
  ASSERT_EQ(Reads.size(), 3u);
  EXPECT_EQ(Reads[0].Reader, "get");
  EXPECT_EQ(Reads[2].Reader, "read_setting");
}

TEST(SettingExtractorTest, OtherFunctionsNamedGetenv) {
  // A project function of the same name is not the environment's reader.
  std::vector<SettingRead> Reads = extract(R"cpp(
void start() { other::getenv("NOT_A_SETTING"); }
)cpp");
  EXPECT_TRUE(Reads.empty());
}

TEST(SettingExtractorTest, Components) {
  EXPECT_EQ(settingComponent("/proj/services/auth/a.cpp", "/proj"),
            "services/auth");
  EXPECT_EQ(settingComponent("/proj/a.cpp", "/proj"), ".");
  EXPECT_EQ(settingComponent("/proj/tests/e2e/a.cpp", "/proj/"), "tests/e2e");
  // Not under the root: the absolute directory.
  EXPECT_EQ(settingComponent("/project2/x/a.cpp", "/proj"), "/project2/x");
  EXPECT_EQ(settingComponent("/elsewhere/a.cpp", ""), "/elsewhere");
  // A read at the root of the project in a file given on its own.
  std::vector<SettingRead> Reads =
      extract("void f() { getenv(\"TOKEN_A\"); }", "", "/proj/main.cpp");
  ASSERT_EQ(Reads.size(), 1u);
  EXPECT_EQ(Reads[0].Component, ".");
}
