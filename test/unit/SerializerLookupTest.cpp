//===--- SerializerLookupTest.cpp - Tests for lib/sinks/SerializerLookup --===//

#include "lib/sinks/SerializerLookup.h"
#include "ASTTestSupport.h"

using namespace clang;
using namespace wirecheck;
using wirecheck::testing::TestAST;

static constexpr char Code[] = R"cpp(
namespace nlohmann { template <class T> struct adl_serializer; class json; }
namespace fmt { template <class T, class C = char> struct formatter; }

namespace model {
enum class Color { Red };
void to_json(nlohmann::json &, const Color &);

struct Point {
  friend std::ostream &operator<<(std::ostream &, const Point &);
};
enum class Level { Low };
int format_as(Level);
enum class Mode { On };
enum class Bare { X };
std::ostream &operator<<(std::ostream &, Bare);
const char *name(Bare);
}
template <> struct fmt::formatter<model::Point> {};
template <> struct std::formatter<model::Mode> {};
template <> struct nlohmann::adl_serializer<model::Mode> {};

namespace app {
struct Loose {};
struct Other {};
template <class T> void to_json(nlohmann::json &, const T &);
}
namespace util { const char *label(app::Other); }
)cpp";

class SerializerLookupTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.valid()); }

  const TagDecl &tag(llvm::StringRef Name) {
    const auto *D = AST.decl<TagDecl>(Name);
    EXPECT_TRUE(D) << Name.str();
    return *D;
  }

  static QualifiedName fn(llvm::StringRef Text) {
    return *QualifiedName::parse(Text);
  }

  TestAST AST{Code};
  SerializerLookup Lookup{AST.ctx()};
};

TEST_F(SerializerLookupTest, FindsFunctionsByArgumentDependentLookup) {
  EXPECT_TRUE(Lookup.hasSerializer(tag("model::Color"),
                                   SerializerProtocol::NlohmannToJson));
  EXPECT_FALSE(Lookup.hasSerializer(tag("model::Color"),
                                    SerializerProtocol::FmtFormatter));
  // A hidden friend.
  EXPECT_TRUE(
      Lookup.hasSerializer(tag("model::Point"), SerializerProtocol::Ostream));
  EXPECT_TRUE(Lookup.hasSerializer(tag("model::Level"),
                                   SerializerProtocol::FmtFormatter));
  EXPECT_TRUE(
      Lookup.hasSerializer(tag("model::Bare"), SerializerProtocol::Ostream));
}

TEST_F(SerializerLookupTest, FindsUserSpecializations) {
  EXPECT_TRUE(Lookup.hasSerializer(tag("model::Point"),
                                   SerializerProtocol::FmtFormatter));
  EXPECT_TRUE(Lookup.hasSerializer(tag("model::Mode"),
                                   SerializerProtocol::StdFormatter));
  EXPECT_TRUE(Lookup.hasSerializer(tag("model::Mode"),
                                   SerializerProtocol::NlohmannToJson));
  EXPECT_FALSE(Lookup.hasSerializer(tag("model::Color"),
                                    SerializerProtocol::StdFormatter));
}

TEST_F(SerializerLookupTest, AnyTextMergesTheTextProtocols) {
  for (const char *Name :
       {"model::Point", "model::Level", "model::Mode", "model::Bare"})
    EXPECT_TRUE(Lookup.hasSerializer(tag(Name), SerializerProtocol::AnyText))
        << Name;
  EXPECT_FALSE(
      Lookup.hasSerializer(tag("model::Color"), SerializerProtocol::AnyText));
  EXPECT_FALSE(
      Lookup.hasSerializer(tag("model::Color"), SerializerProtocol::None));
}

TEST_F(SerializerLookupTest, ReportsProjectCatchAllsSeparately) {
  const TagDecl &Loose = tag("app::Loose");
  // A catch-all counts as a serializer, but is named as what writes it.
  EXPECT_TRUE(Lookup.hasSerializer(Loose, SerializerProtocol::NlohmannToJson));
  const FunctionDecl *CatchAll =
      Lookup.catchAllSerializer(Loose, SerializerProtocol::NlohmannToJson);
  ASSERT_TRUE(CatchAll);
  EXPECT_EQ(CatchAll->getName(), "to_json");
  EXPECT_TRUE(isCatchAllSerializer(*CatchAll, 1));
  EXPECT_FALSE(isCatchAllSerializer(*CatchAll, 0));
  // A type with a serializer of its own has no catch-all.
  EXPECT_EQ(Lookup.catchAllSerializer(tag("model::Color"),
                                      SerializerProtocol::NlohmannToJson),
            nullptr);
}

TEST_F(SerializerLookupTest, DecidesWhetherAConversionAcceptsTheType) {
  const TagDecl &Bare = tag("model::Bare");
  // Found by ADL, whatever namespace the option names.
  EXPECT_TRUE(Lookup.acceptsAsArgument(Bare, fn("name")));
  EXPECT_TRUE(Lookup.acceptsAsArgument(Bare, fn("other::name")));
  EXPECT_FALSE(Lookup.acceptsAsArgument(Bare, fn("label")));
  // Found in the namespace the option names.
  EXPECT_TRUE(Lookup.acceptsAsArgument(tag("app::Other"), fn("util::label")));
  EXPECT_FALSE(Lookup.acceptsAsArgument(tag("app::Other"), fn("label")));
  EXPECT_FALSE(Lookup.acceptsAsArgument(Bare, QualifiedName()));
}
