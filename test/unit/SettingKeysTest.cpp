//===--- SettingKeysTest.cpp - Tests for lib/messages/SettingKeys ---------===//

#include "lib/messages/SettingKeys.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static std::optional<SettingSimilarity> similar(llvm::StringRef A,
                                                llvm::StringRef B) {
  std::optional<SettingSimilarity> AB = similarSettingKeys(A, B);
  EXPECT_EQ(AB, similarSettingKeys(B, A)) << A.str() << " / " << B.str();
  return AB;
}

TEST(SettingKeysTest, Similarity) {
  using S = SettingSimilarity;
  EXPECT_EQ(similar("JWT_SECRET", "JWT_SECRET_KEY"), S::Qualifier);
  EXPECT_EQ(similar("SERVICE_SECRET", "SERVICE_SECRET_KEY"), S::Qualifier);
  EXPECT_EQ(similar("KAFKA_TOPIC", "KAFKA_TOPIC_NAME"), S::Qualifier);
  EXPECT_EQ(similar("JWT_SECRET", "jwt-secret"), S::Spelling);
  EXPECT_EQ(similar("JWT_SECRET", "JWTSECRET"), S::Spelling);
  EXPECT_EQ(similar("DATABASE_URL", "DATABSE_URL"), S::Typo);
  EXPECT_EQ(similar("SERVICE_TOKEN", "SERVICES_TOKEN"), S::Typo);

  EXPECT_EQ(similar("JWT_SECRET", "JWT_SECRET"), std::nullopt);
  EXPECT_EQ(similar("DB_HOST", "DB_PORT"), std::nullopt);
  // The meaning changes with the extra token.
  EXPECT_EQ(similar("JWT_SECRET", "JWT_SECRET_FILE"), std::nullopt);
  EXPECT_EQ(similar("ACCESS_TOKEN", "ACCESS_TOKEN_SECRET"), std::nullopt);
  EXPECT_EQ(similar("AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID"), std::nullopt);
  EXPECT_EQ(similar("DB_SECRET", "DB_SECRET_NAME"), std::nullopt);
  EXPECT_EQ(similar("DB", "DB_URL"), std::nullopt);
  // One-token keys are too generic.
  EXPECT_EQ(similar("SECRET", "SECRET_KEY"), std::nullopt);
  // Digits and short words are names, not typos.
  EXPECT_EQ(similar("REDIS_HOST1", "REDIS_HOST2"), std::nullopt);
  EXPECT_EQ(similar("API_V1_URL", "API_V2_URL"), std::nullopt);
  EXPECT_EQ(similar("SERVER_A_HOST", "SERVER_B_HOST"), std::nullopt);
  // Two tokens differ.
  EXPECT_EQ(similar("READ_TIMEOUT_MS", "WRITE_TIMEOUT_SEC"), std::nullopt);
}

static SettingRead read(llvm::StringRef Key, llvm::StringRef Component,
                        unsigned Line) {
  return {Key.str(), Component.str(),
          MessageLocation{Component.str() + "/main.cpp", Line, 10}, "getenv"};
}

TEST(SettingKeysTest, PairsInDifferentComponents) {
  std::vector<SettingRead> Reads = {
      read("JWT_SECRET", "tests/e2e", 3), read("JWT_SECRET", "tools", 4),
      read("JWT_SECRET_KEY", "services/auth", 7),
      read("DB_HOST", "services/auth", 8), read("DB_PORT", "tests/e2e", 9)};
  std::vector<SettingPairFinding> F = findSettingPairs(Reads);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Key, "JWT_SECRET_KEY");
  EXPECT_EQ(F[0].OtherKey, "JWT_SECRET");
  EXPECT_EQ(F[0].Similarity, SettingSimilarity::Qualifier);
  EXPECT_EQ(F[0].Loc.File, "services/auth/main.cpp");
  EXPECT_EQ(F[0].Message,
            "setting 'JWT_SECRET_KEY' read in 'services/auth' and "
            "'JWT_SECRET' read in 'tests/e2e': 'JWT_SECRET_KEY' differs from "
            "it only by the extra 'KEY'; are they the same setting?");
  ASSERT_EQ(F[0].Notes.size(), 1u);
  EXPECT_EQ(F[0].Notes[0].second, "'JWT_SECRET' is read here, in 'tests/e2e'");
}

TEST(SettingKeysTest, NeverWithinOneComponent) {
  std::vector<SettingRead> Reads = {read("JWT_SECRET", "svc", 3),
                                    read("JWT_SECRET_KEY", "svc", 4)};
  EXPECT_TRUE(findSettingPairs(Reads).empty());
  // A component reading both keys falls back from one to the other.
  Reads.push_back(read("JWT_SECRET_KEY", "tests", 5));
  EXPECT_TRUE(findSettingPairs(Reads).empty());
}

TEST(SettingKeysTest, OneFindingPerPair) {
  std::vector<SettingRead> Reads = {
      read("SERVICE_SECRET", "a", 1), read("SERVICE_SECRET", "a", 2),
      read("SERVICE_SECRET", "b", 3), read("SERVICE_SECRET_KEY", "c", 4),
      read("SERVICE_SECRET_KEY", "d", 5)};
  std::vector<SettingPairFinding> F = findSettingPairs(Reads);
  ASSERT_EQ(F.size(), 1u);
  // The key read in fewer places is reported.
  EXPECT_EQ(F[0].Key, "SERVICE_SECRET_KEY");
}

TEST(SettingKeysTest, AllowList) {
  std::vector<OptionError> Errors;
  SettingAllowList L = parseSettingAllowList(
      "SettingKeyAllowList",
      "JWT_SECRET = JWT_SECRET_KEY; LEGACY_TOKEN;=X;A=", Errors);
  ASSERT_EQ(Errors.size(), 2u);
  EXPECT_EQ(Errors[0].Value, "=X");
  EXPECT_EQ(Errors[1].Value, "A=");
  EXPECT_EQ(L.Keys, std::vector<std::string>{"LEGACY_TOKEN"});
  ASSERT_EQ(L.Pairs.size(), 1u);
  std::vector<SettingRead> Reads = {
      read("JWT_SECRET_KEY", "a", 1), read("JWT_SECRET", "b", 2),
      read("LEGACY_TOKEN", "a", 3),   read("LEGACY_TOKEN_KEY", "b", 4),
      read("SERVICE_SECRET", "a", 5), read("SERVICE_SECRET_KEY", "b", 6)};
  std::vector<SettingPairFinding> F = findSettingPairs(Reads, L);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].OtherKey, "SERVICE_SECRET");
  EXPECT_EQ(findSettingPairs(Reads).size(), 3u);
}

TEST(SettingKeysTest, ManyKeysStayLinear) {
  // 20,000 keys of one shape (`SERVICE_N<i>_ENDPOINT`), which a bucket per
  // shape would compare pairwise, and one planted pair among them.
  std::vector<SettingRead> Reads;
  Reads.reserve(20002);
  for (unsigned I = 0; I < 20000; ++I)
    Reads.push_back(read("SERVICE_N" + std::to_string(I) + "_ENDPOINT",
                         "c" + std::to_string(I), I));
  Reads.push_back(read("PAYMENT_GATEWAY_URL", "billing", 1));
  Reads.push_back(read("PAYMENT_GATEWY_URL", "checkout", 2));
  std::vector<SettingPairFinding> F = findSettingPairs(Reads);
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Similarity, SettingSimilarity::Typo);
}
