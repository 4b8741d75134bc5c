//===--- MessageExtractorTest.cpp - lib/messageast on small ASTs ----------===//
//
// The extractor on code strings: what each producer and consumer form
// yields, what stays unknown, and the option parsing.
//
//===----------------------------------------------------------------------===//

#include "lib/messageast/MessageExtractor.h"
#include "ASTTestSupport.h"
#include "gtest/gtest.h"

using namespace wirecheck;
using wirecheck::testing::TestAST;

namespace {

/// A miniature std::string, std::initializer_list and nlohmann::json, enough
/// for the shapes the extractor looks at.
constexpr char MiniJson[] = R"cpp(
namespace std {
using size_t = decltype(sizeof(0));
template <class E> class initializer_list {
  const E *B; size_t N;
public:
  constexpr initializer_list() : B(nullptr), N(0) {}
};
template <class C> class basic_string {
public:
  basic_string(const C *);
  basic_string(const basic_string &);
  const C *c_str() const;
};
using string = basic_string<char>;
template <class C> bool operator==(const basic_string<C> &, const C *);
template <class R, class... A> class function;
template <class R, class... A> class function<R(A...)> {
public:
  template <class F> function(F) {}
};
template <class K, class V> class map {
public:
  struct value_type { K first; V second; };
  map(initializer_list<value_type>);
  V &operator[](const K &);
  V *find(const K &);
};
}
namespace nlohmann {
template <class = void> class basic_json;
namespace detail {
template <class J> class json_ref {
public:
  json_ref(std::initializer_list<json_ref>);
  template <class... A> json_ref(A &&...);
};
}
template <class> class basic_json {
public:
  basic_json();
  basic_json(std::initializer_list<detail::json_ref<basic_json>>);
  template <class T> basic_json(T &&);
  basic_json(const basic_json &);
  basic_json &operator=(basic_json);
  basic_json &operator[](const char *);
  const basic_json &operator[](const char *) const;
  const basic_json &at(const std::string &) const;
  bool contains(const std::string &) const;
  template <class T> T get() const;
  std::string dump() const;
  void update(const basic_json &);
  friend bool operator==(const basic_json &, const char *);
};
using json = basic_json<>;
}
using nlohmann::json;
void send(const std::string &);
)cpp";

ExtractedMessages extract(TestAST &AST, const MessageExtractorOptions &Opts) {
  return extractMessages(AST.ctx(), Opts);
}

MessageExtractorOptions defaults() {
  std::vector<OptionError> Errors;
  MessageExtractorOptions O = parseMessageExtractorOptions("", "", "", Errors);
  EXPECT_TRUE(Errors.empty());
  return O;
}

std::string code(llvm::StringRef Body) { return MiniJson + Body.str(); }

TEST(MessageExtractorTest, BracedObjectThatIsSentIsAProducer) {
  TestAST AST(code(R"cpp(
constexpr const char *kStarted = "agent_started";
void f(int id) {
  send(json{{"type", kStarted}, {"run_id", id}, {"payload", json{{"x", 1}}}}.dump());
  json unused{{"type", "never_sent"}};
}
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  ASSERT_EQ(M.Produced.size(), 1u);
  const ProducedMessage &P = M.Produced[0];
  EXPECT_EQ(P.Key, "type");
  EXPECT_EQ(P.Type, "agent_started");
  // The nested object's keys are not fields of the message.
  EXPECT_EQ(P.Fields, (std::vector<std::string>{"type", "run_id", "payload"}));
  EXPECT_FALSE(P.OpenFields);
  EXPECT_EQ(P.Kind, "nlohmann");
  EXPECT_TRUE(M.Consumed.empty());
  // Options built by hand without keys use the default keys.
  ExtractedMessages ByHand = extract(AST, MessageExtractorOptions());
  ASSERT_EQ(ByHand.Produced.size(), 1u);
  EXPECT_EQ(ByHand.Produced[0].Key, "type");
}

TEST(MessageExtractorTest, SubscriptsOnAVariableUntilItIsSent) {
  TestAST AST(code(R"cpp(
json make(int id, const std::string &k) {
  json j;
  j["type"] = "stopped";
  j["run_id"] = id;
  return j;
}
void merged(const json &other) {
  json j;
  j["type"] = "merged";
  j.update(other);
  send(j.dump());
}
void computed(const std::string &k) {
  json j;
  j["type"] = k;
  j[k.c_str()] = 1;
  send(j.dump());
}
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  ASSERT_EQ(M.Produced.size(), 3u);
  EXPECT_EQ(M.Produced[0].Type, "stopped");
  EXPECT_EQ(M.Produced[0].Fields, (std::vector<std::string>{"type", "run_id"}));
  EXPECT_FALSE(M.Produced[0].OpenFields);
  EXPECT_EQ(M.Produced[1].Type, "merged");
  EXPECT_TRUE(M.Produced[1].OpenFields);
  // An unresolved type is unknown, never guessed; so is the computed key.
  EXPECT_EQ(M.Produced[2].Key, "type");
  EXPECT_FALSE(M.Produced[2].Type.has_value());
  EXPECT_TRUE(M.Produced[2].OpenFields);
}

TEST(MessageExtractorTest, DispatchBranchesAreConsumersWithTheirReads) {
  TestAST AST(code(R"cpp(
void handle(const json &msg) {
  const std::string type = msg.at("type").get<std::string>();
  if (type == "a") {
    (void)msg.at("x");
  } else if (type == "b") {
    (void)msg.contains("y");
  }
  (void)msg["z"];
}
int config(const json &c) { return c.at("port").get<int>(); }
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  ASSERT_EQ(M.Consumed.size(), 3u);
  EXPECT_EQ(M.Consumed[0].Type, "a");
  ASSERT_EQ(M.Consumed[0].Fields.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Fields[0].Name, "x");
  EXPECT_EQ(M.Consumed[1].Type, "b");
  ASSERT_EQ(M.Consumed[1].Fields.size(), 1u);
  EXPECT_EQ(M.Consumed[1].Fields[0].Name, "y");
  // Reads outside the dispatch: one consumer of unknown type.
  EXPECT_EQ(M.Consumed[2].Key, "type");
  EXPECT_FALSE(M.Consumed[2].Type.has_value());
  ASSERT_EQ(M.Consumed[2].Fields.size(), 1u);
  EXPECT_EQ(M.Consumed[2].Fields[0].Name, "z");
  // The compared literal is a site a fix-it may replace.
  auto Site = M.Sites.find(M.Consumed[0].Loc);
  ASSERT_NE(Site, M.Sites.end());
  EXPECT_TRUE(Site->second.LiteralRange.isValid());
}

TEST(MessageExtractorTest, MapOfHandlersIndexedWithTheDiscriminator) {
  TestAST AST(code(R"cpp(
std::map<std::string, std::function<void(const json &)>> handlers{
    {"started", [](const json &m) { (void)m.at("run_id"); }}};
void dispatch(const json &msg) {
  handlers.find(msg.at("event").get<std::string>());
}
std::map<std::string, std::function<void()>> commands{{"help", [] {}}};
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  ASSERT_EQ(M.Consumed.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Key, "event");
  EXPECT_EQ(M.Consumed[0].Type, "started");
  EXPECT_EQ(M.Consumed[0].Kind, "map");
  ASSERT_EQ(M.Consumed[0].Fields.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Fields[0].Name, "run_id");
}

TEST(MessageExtractorTest, ProjectHelpers) {
  TestAST AST(code(R"cpp(
void emit_event(const std::string &type, const json &payload);
void on(const char *type, std::function<void(const json &)> h);
void f(int id) {
  emit_event("opened", json{{"session_id", id}});
  on("opened", [](const json &m) { (void)m.at("session_id"); });
}
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  std::vector<OptionError> Errors;
  MessageExtractorOptions Opts =
      parseMessageExtractorOptions("op;type", "emit_event:0", "on:0", Errors);
  ASSERT_TRUE(Errors.empty());
  ExtractedMessages M = extract(AST, Opts);
  ASSERT_EQ(M.Produced.size(), 1u);
  EXPECT_EQ(M.Produced[0].Key, "op");
  EXPECT_EQ(M.Produced[0].Type, "opened");
  EXPECT_EQ(M.Produced[0].Kind, "helper");
  EXPECT_EQ(M.Produced[0].Fields,
            (std::vector<std::string>{"op", "session_id"}));
  ASSERT_EQ(M.Consumed.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Type, "opened");
  ASSERT_EQ(M.Consumed[0].Fields.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Fields[0].Name, "session_id");
}

TEST(MessageExtractorTest, StructsThroughToJsonAndFromJson) {
  TestAST AST(code(R"cpp(
struct Started { int id; };
void to_json(json &j, const Started &s) {
  j = json{{"type", "started"}, {"run_id", s.id}};
}
void from_json(const json &j, Started &s) { (void)j.at("run_id"); }
struct Opaque {};
void handle(const json &msg) {
  if (msg["type"] == "started") {
    Started s = msg.get<Started>();
  } else if (msg["type"] == "opaque") {
    Opaque o = msg.get<Opaque>();
  }
}
void produce() {
  json j = Started{1};
  send(j.dump());
}
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  // to_json's own message, and the one built from a Started (merged by the
  // index: same location, key and type).
  ASSERT_EQ(M.Produced.size(), 2u);
  for (const ProducedMessage &P : M.Produced) {
    EXPECT_EQ(P.Type, "started");
    EXPECT_EQ(P.Fields, (std::vector<std::string>{"type", "run_id"}));
    EXPECT_FALSE(P.OpenFields);
  }
  EXPECT_EQ(M.Produced[0].Loc, M.Produced[1].Loc);
  ASSERT_EQ(M.Consumed.size(), 2u);
  ASSERT_EQ(M.Consumed[0].Fields.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Fields[0].Name, "run_id");
  EXPECT_FALSE(M.Consumed[0].OpenFields);
  // No from_json in view: the fields read are not known.
  EXPECT_TRUE(M.Consumed[1].Fields.empty());
  EXPECT_TRUE(M.Consumed[1].OpenFields);
}

TEST(MessageExtractorTest, NestedValuesAndSchemasAreNotMessages) {
  TestAST AST(code(R"cpp(
struct Value { int n; };
void to_json(json &j, const Value &v);
struct Param { Value v; };
void to_json(json &j, const Param &p) {
  to_json(j["value"], p.v);
  j["type"] = "param";
}
void f() {
  send(json{{"type", "object"}, {"properties", json{{"x", 1}}}}.dump());
  send(json{{"type", "outer"}, {"inner", json{{"type", "inner"}}.dump()}}.dump());
}
void g(const json &conf) {
  const json &db = conf["db"];
  if (db["type"] == "lf")
    (void)db.at("owner");
}
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  // The member given to to_json is written; the schema and the nested
  // object are not messages.
  ASSERT_EQ(M.Produced.size(), 2u);
  EXPECT_EQ(M.Produced[0].Type, "param");
  EXPECT_EQ(M.Produced[0].Fields, (std::vector<std::string>{"value", "type"}));
  EXPECT_FALSE(M.Produced[0].OpenFields);
  EXPECT_EQ(M.Produced[1].Type, "outer");
  // A dispatch on another object's value is not a consumer.
  EXPECT_TRUE(M.Consumed.empty());
}

TEST(MessageExtractorTest, MacroLiteralsAreNotFixItSites) {
  TestAST AST(code(R"cpp(
#define STARTED "started"
void handle(const json &msg) {
  if (msg["type"] == STARTED) {}
}
)cpp"),
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  ExtractedMessages M = extract(AST, defaults());
  ASSERT_EQ(M.Consumed.size(), 1u);
  EXPECT_EQ(M.Consumed[0].Type, "started");
  auto Site = M.Sites.find(M.Consumed[0].Loc);
  ASSERT_NE(Site, M.Sites.end());
  EXPECT_FALSE(Site->second.LiteralRange.isValid());
}

TEST(MessageExtractorTest, OptionErrors) {
  std::vector<OptionError> Errors;
  MessageExtractorOptions O =
      parseMessageExtractorOptions(";", "emit:x", "on:0:1:2", Errors);
  ASSERT_EQ(Errors.size(), 3u);
  EXPECT_EQ(Errors[0].Option, "DiscriminatorKeys");
  EXPECT_EQ(Errors[1].Option, "MessageProducers");
  EXPECT_EQ(Errors[2].Option, "MessageConsumers");
  // The default keys are kept.
  EXPECT_EQ(O.DiscriminatorKeys,
            (std::vector<std::string>{"type", "event", "op", "action"}));
  EXPECT_TRUE(O.Producers.empty());
}

} // namespace
