//===--- SinkFamilyTest.cpp - Tests for lib/sinks/SinkFamily --------------===//

#include "lib/sinks/SinkFamily.h"
#include "gtest/gtest.h"

using namespace wirecheck;

TEST(SinkFamilyTest, JsonFamiliesConsultToJsonOrNothing) {
  EXPECT_TRUE(isJsonFamily(SinkFamily::NlohmannJson));
  EXPECT_TRUE(isJsonFamily(SinkFamily::ProjectJson));
  EXPECT_TRUE(isJsonFamily(SinkFamily::RapidJson));
  EXPECT_FALSE(isJsonFamily(SinkFamily::Fmt));
  EXPECT_FALSE(isJsonFamily(SinkFamily::ProjectLog));
  EXPECT_EQ(serializerProtocol(SinkFamily::NlohmannJson),
            SerializerProtocol::NlohmannToJson);
  EXPECT_EQ(serializerProtocol(SinkFamily::ProjectJson),
            SerializerProtocol::NlohmannToJson);
  EXPECT_EQ(serializerProtocol(SinkFamily::RapidJson),
            SerializerProtocol::None);
}

TEST(SinkFamilyTest, TextFamiliesConsultTheirFormatters) {
  EXPECT_EQ(serializerProtocol(SinkFamily::Fmt),
            SerializerProtocol::FmtFormatter);
  EXPECT_EQ(serializerProtocol(SinkFamily::Spdlog),
            SerializerProtocol::FmtFormatter);
  EXPECT_EQ(serializerProtocol(SinkFamily::StdFormat),
            SerializerProtocol::StdFormatter);
  EXPECT_EQ(serializerProtocol(SinkFamily::Absl),
            SerializerProtocol::AbslStringify);
  EXPECT_EQ(serializerProtocol(SinkFamily::ProjectLog),
            SerializerProtocol::AnyText);
  // The stream's own operator<< was already chosen by overload resolution.
  EXPECT_EQ(serializerProtocol(SinkFamily::Ostream), SerializerProtocol::None);
  EXPECT_EQ(serializerProtocol(SinkFamily::Printf), SerializerProtocol::None);
}

TEST(SinkFamilyTest, NamesFamiliesForDiagnostics) {
  EXPECT_EQ(familyName(SinkFamily::NlohmannJson), "nlohmann::json");
  EXPECT_EQ(familyName(SinkFamily::Ostream), "an output stream");
  EXPECT_EQ(familyName(SinkFamily::ProjectLog), "a log sink");
  EXPECT_EQ(familyName(SinkFamily::Printf), "a printf-style format");
}
