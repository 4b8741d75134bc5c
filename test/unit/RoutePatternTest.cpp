//===--- RoutePatternTest.cpp - Tests for RoutePattern and RouteMatch -----===//

#include "lib/routes/RouteMatch.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static RoutePattern route(llvm::StringRef Text) {
  llvm::Expected<RoutePattern> P = RoutePattern::parse(Text);
  if (!P) {
    ADD_FAILURE() << Text.str() << ": " << llvm::toString(P.takeError());
    return RoutePattern::parseUse("");
  }
  return std::move(*P);
}

static RouteMatch::KindTy match(llvm::StringRef Route, llvm::StringRef Use) {
  return matchRoute(route(Route), RoutePattern::parseUse(Use)).Kind;
}

TEST(RoutePatternTest, CanonicalFormAcrossSyntaxes) {
  // Every framework's spelling of "one untyped parameter".
  for (const char *P : {"/users/{id}", "/users/{1}", "/users/{}", "/users/:id",
                        "/users/<string>", "/users/([^/]+)", "/users/*/"})
    EXPECT_EQ(route(P).canonical().substr(0, 7), "/users/") << P;
  EXPECT_EQ(route("/users/{id}").canonical(), "/users/{}");
  EXPECT_EQ(route("/users/:id").canonical(), "/users/{}");
  EXPECT_EQ(route("/users/{1}").canonical(), "/users/{}");
  EXPECT_EQ(route("/users/<string>").canonical(), "/users/{:string}");
  EXPECT_EQ(route("/users/([^/]+)").canonical(), "/users/{:string}");
  EXPECT_EQ(route("/users/<int>").canonical(), "/users/{:int}");
  EXPECT_EQ(route("/users/{id:int}").canonical(), "/users/{:int}");
  EXPECT_EQ(route(R"(/users/(\d+))").canonical(), "/users/{:uint}");
  EXPECT_EQ(route("/users/{id:[0-9]+}").canonical(), "/users/{:uint}");
  EXPECT_EQ(route("/price/<double>").canonical(), "/price/{:double}");
  EXPECT_EQ(route("/static/<path>").canonical(), "/static/{*}");
  EXPECT_EQ(route("/static/*").canonical(), "/static/{*}");
  EXPECT_EQ(route("/static/(.*)").canonical(), "/static/{*}");
  EXPECT_EQ(route("/").canonical(), "/");
  EXPECT_EQ(route("api//x/").canonical(), "/api/x");
  // A query part is dropped, a regex `?` is kept.
  EXPECT_EQ(route("/users/{1}?page={2}").canonical(), "/users/{}");
  EXPECT_EQ(route("/users?").canonical(), "/users?");
}

TEST(RoutePatternTest, CanonicalFormParsesBack) {
  for (const char *P : {"/a/{id:int}/b", "/a/<path>", R"(/a/(\d+)/(v1|v2))",
                        "/a/:x", "/a/<double>"}) {
    RoutePattern Once = route(P);
    EXPECT_EQ(route(Once.canonical()).canonical(), Once.canonical()) << P;
  }
}

TEST(RoutePatternTest, RegexRoutesAndAnchors) {
  EXPECT_EQ(route(R"(^/numbers/(\d+)$)").canonical(), "/numbers/{:uint}");
  // A regex group containing a slash stays one segment.
  EXPECT_EQ(route("/a/([^/]+)/b").segments().size(), 3u);
  EXPECT_EQ(route("/v/(v1|v2)").segments()[1].Kind, RouteSegment::Regex);
  EXPECT_EQ(match("/v/(v1|v2)", "/v/v2"), RouteMatch::Match);
  EXPECT_EQ(match("/v/(v1|v2)", "/v/v3"), RouteMatch::TypeMismatch);
  EXPECT_EQ(match(R"(/item-(\d+))", "/item-12"), RouteMatch::Match);
  EXPECT_EQ(match(R"(/item-(\d+))", "/item-ab"), RouteMatch::TypeMismatch);
  EXPECT_EQ(match(R"(/f/(?:[a-z]+)\.json)", "/f/abc.json"), RouteMatch::Match);
  EXPECT_EQ(match(R"(/f/(?<name>\w+))", "/f/x_1"), RouteMatch::Match);
}

TEST(RoutePatternTest, InvalidRegexIsAnError) {
  llvm::Expected<RoutePattern> P = RoutePattern::parse("/users/([0-9]+");
  ASSERT_FALSE(P);
  std::string Msg = llvm::toString(P.takeError());
  EXPECT_EQ(Msg, "'([0-9]+' is not a valid regular expression: "
                 "parentheses not balanced");
  llvm::Expected<RoutePattern> Q = RoutePattern::parse("/a/[z-a]+");
  EXPECT_FALSE(Q);
  llvm::consumeError(Q.takeError());
}

TEST(RoutePatternTest, PosixTranslation) {
  EXPECT_EQ(toPosixRegex(R"(\d+)"), "[0-9]+");
  EXPECT_EQ(toPosixRegex(R"([\d\w]+)"), "[0-9A-Za-z0-9_]+");
  EXPECT_EQ(toPosixRegex("(?:a|b)"), "(a|b)");
  EXPECT_EQ(toPosixRegex("(?<id>x)"), "(x)");
  EXPECT_EQ(toPosixRegex("a+?b*?"), "a+b*");
  EXPECT_EQ(toPosixRegex(R"(\/)"), "/");
}

TEST(RoutePatternTest, TypedParametersOnlyMatchCompatibleSegments) {
  EXPECT_EQ(match("/api/threads/<int>/messages", "/api/threads/42/messages"),
            RouteMatch::Match);
  EXPECT_EQ(match("/api/threads/<int>/messages", "/api/threads/-4/messages"),
            RouteMatch::Match);
  EXPECT_EQ(match("/api/threads/<int>/messages", "/api/threads/abc/messages"),
            RouteMatch::TypeMismatch);
  EXPECT_EQ(match("/api/threads/<uint>/x", "/api/threads/-4/x"),
            RouteMatch::TypeMismatch);
  EXPECT_EQ(match("/p/<double>", "/p/1.5"), RouteMatch::Match);
  EXPECT_EQ(match("/p/<double>", "/p/1.5x"), RouteMatch::TypeMismatch);
  EXPECT_EQ(match("/u/{id:int}", "/u/7"), RouteMatch::Match);
  EXPECT_EQ(match(R"(/u/(\d+))", "/u/x7"), RouteMatch::TypeMismatch);
  EXPECT_EQ(match("/u/:id", "/u/anything"), RouteMatch::Match);
  EXPECT_EQ(match("/u/{1}", "/u/anything"), RouteMatch::Match);

  RouteMatch M =
      matchRoute(route("/api/threads/<int>/messages"),
                 RoutePattern::parseUse("/api/threads/abc/messages"));
  EXPECT_EQ(M.Segment, 3u);
  EXPECT_EQ(M.Actual, "abc");
  EXPECT_EQ(M.Expected, "an int");
}

TEST(RoutePatternTest, LiteralsAndRest) {
  EXPECT_EQ(match("/api/agents/stop", "/api/agents/stop"), RouteMatch::Match);
  EXPECT_EQ(match("/api/agents/stop", "/api/agent/stop"), RouteMatch::NoMatch);
  EXPECT_EQ(match("/api/agents/stop", "/api/agents/stop/now"),
            RouteMatch::NoMatch);
  EXPECT_EQ(match("/api/agents/stop", "/api/agents"), RouteMatch::NoMatch);
  EXPECT_EQ(match("/static/<path>", "/static/css/site.css"), RouteMatch::Match);
  EXPECT_EQ(match("/static/*", "/static"), RouteMatch::Match);
  EXPECT_EQ(match("/", "/"), RouteMatch::Match);
  // A literal mismatch wins over a typed one.
  EXPECT_EQ(match("/a/<int>/b", "/a/x/c"), RouteMatch::NoMatch);
  // Case matters unless the framework says otherwise.
  EXPECT_EQ(match("/API/x", "/api/x"), RouteMatch::NoMatch);
  EXPECT_EQ(matchRoute(route("/API/x"), RoutePattern::parseUse("/api/x"),
                       /*CaseInsensitive=*/true)
                .Kind,
            RouteMatch::Match);
}

TEST(RoutePatternTest, UsesReduceUrlsAndKeepUnknownSegments) {
  EXPECT_EQ(urlPath("http://localhost:8080/api/x?y=1#f"), "/api/x");
  EXPECT_EQ(urlPath("https://host"), "");
  EXPECT_EQ(urlPath("ws://host:9000/chat"), "/chat");
  EXPECT_EQ(urlPath("/api/x#frag"), "/api/x");
  EXPECT_EQ(urlPath("/api/x?next=http://a/b"), "/api/x");
  size_t B, E;
  urlPath("http://h/a/b?q", &B, &E);
  EXPECT_EQ(B, 8u);
  EXPECT_EQ(E, 12u);

  std::string WithUnknown =
      std::string("/api/threads/") + UnknownChunk + "/messages";
  RoutePattern U = RoutePattern::parseUse(WithUnknown);
  EXPECT_EQ(U.segments()[2].Kind, RouteSegment::Unknown);
  EXPECT_EQ(U.display(), "/api/threads/{}/messages");
  EXPECT_EQ(matchRoute(route("/api/threads/<int>/messages"), U).Kind,
            RouteMatch::Match);
  EXPECT_EQ(matchRoute(route("/api/threads/x/messages"), U).Kind,
            RouteMatch::Match);
  EXPECT_EQ(matchRoute(route("/api/agents/<int>/messages"), U).Kind,
            RouteMatch::NoMatch);
  EXPECT_TRUE(RoutePattern::parseUse("/a/b").isLiteral());
  EXPECT_FALSE(U.isLiteral());
}

TEST(RoutePatternTest, SameShapeIgnoresNamesAndTypes) {
  EXPECT_TRUE(sameShape(route("/a/{id}/b"), route("/a/:x/b")));
  EXPECT_TRUE(sameShape(route("/a/{id}/b"), route("/a/<int>/b")));
  EXPECT_FALSE(sameShape(route("/a/{id}/b"), route("/a/c/b")));
  EXPECT_FALSE(sameShape(route("/a/{id}"), route("/a/{id}/b")));
}

TEST(RoutePatternTest, DistanceAndSuggestions) {
  RoutePattern Use = RoutePattern::parseUse("/api/agent/stop");
  RouteDistance Near = routeDistance(route("/api/agents/stop"), Use);
  EXPECT_EQ(Near.Segments, 1u);
  EXPECT_TRUE(isCloseRoute(Near, 3));
  RouteDistance Far = routeDistance(route("/api/users/list"), Use);
  EXPECT_FALSE(isCloseRoute(Far, 3));
  EXPECT_TRUE(Near < Far);
  // A dropped segment is one edit.
  EXPECT_EQ(routeDistance(route("/api/agents/stop"),
                          RoutePattern::parseUse("/api/stop"))
                .Segments,
            1u);
  // Parameters accept their segment at no cost.
  EXPECT_EQ(routeDistance(route("/api/agents/{id}/stop"),
                          RoutePattern::parseUse("/api/agent/7/stop"))
                .Segments,
            1u);

  EXPECT_EQ(rewriteToRoute(route("/api/agents/stop"), Use),
            std::optional<std::string>("/api/agents/stop"));
  EXPECT_EQ(rewriteToRoute(route("/api/agents/<int>/stop"),
                           RoutePattern::parseUse("/api/agent/7/stop")),
            std::optional<std::string>("/api/agents/7/stop"));
  EXPECT_FALSE(rewriteToRoute(route("/api/agents/<int>"),
                              RoutePattern::parseUse("/api/agents/x")));
  EXPECT_FALSE(rewriteToRoute(route("/api/agents"), Use));
}

TEST(RoutePatternTest, Methods) {
  EXPECT_EQ(normalizeMethod("post"), "POST");
  EXPECT_EQ(normalizeMethod("DEL"), "DELETE");
  EXPECT_EQ(normalizeMethod("LoginFilter"), "");
  EXPECT_EQ(methodFromFunctionName("Post"), "POST");
  EXPECT_EQ(methodFromFunctionName("postJson"), "POST");
  EXPECT_EQ(methodFromFunctionName("http_delete"), "DELETE");
  EXPECT_EQ(methodFromFunctionName("callApi"), "");
  EXPECT_EQ(methodFromFunctionName("target"), "");
}

static RoutePattern routeOf(llvm::StringRef Text, llvm::StringRef Framework,
                            llvm::StringRef Version = "") {
  llvm::Expected<RoutePattern> P =
      RoutePattern::parse(Text, routeSyntaxFor(Framework, Version));
  if (!P) {
    ADD_FAILURE() << Text.str() << ": " << llvm::toString(P.takeError());
    return RoutePattern::parseUse("");
  }
  return std::move(*P);
}

static RouteMatch::KindTy matchAs(llvm::StringRef Framework,
                                  llvm::StringRef Version,
                                  llvm::StringRef Route, llvm::StringRef Use) {
  return matchRoute(routeOf(Route, Framework, Version),
                    RoutePattern::parseUse(Use))
      .Kind;
}

TEST(RoutePatternTest, HttplibVersionDecidesColonParameters) {
  // Path parameters came in cpp-httplib 0.13.0; before, `:id` is text.
  EXPECT_FALSE(routeSyntaxFor("cpp-httplib", "0.11.4").ColonParams);
  EXPECT_FALSE(routeSyntaxFor("cpp-httplib", "0.12.6").ColonParams);
  EXPECT_TRUE(routeSyntaxFor("cpp-httplib", "0.13.0").ColonParams);
  EXPECT_TRUE(routeSyntaxFor("cpp-httplib", "0.53.1").ColonParams);
  // Unknown or unreadable: as the newest.
  EXPECT_TRUE(routeSyntaxFor("cpp-httplib", "").ColonParams);
  EXPECT_TRUE(routeSyntaxFor("cpp-httplib", "next").ColonParams);
  EXPECT_TRUE(routeSyntaxFor("Pistache", "0.0.5").ColonParams);

  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/orders/:id", "/orders/42"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/orders/:id", "/orders/:id"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.14.0", "/orders/:id", "/orders/42"),
            RouteMatch::Match);
  // The literal parameter is what the client meant; it is never a fix.
  RoutePattern Old = routeOf("/orders/:id", "cpp-httplib", "0.11.4");
  RoutePattern Use = RoutePattern::parseUse("/orders/ab");
  EXPECT_TRUE(isLiteralParameter(Old, Old.segments()[1]));
  EXPECT_FALSE(isLiteralParameter(route("/orders/:id"),
                                  route("/orders/:id").segments()[1]));
  ASSERT_NE(literalParameterServing(Old, Use, false), nullptr);
  EXPECT_EQ(literalParameterServing(Old, Use, false)->Text, ":id");
  EXPECT_EQ(
      literalParameterServing(Old, RoutePattern::parseUse("/x/ab"), false),
      nullptr);
  EXPECT_FALSE(rewriteToRoute(Old, Use));
}

TEST(RoutePatternTest, HttplibComparesSlashesExactly) {
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/health", "/health/"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/health/", "/health"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/health/", "/health/"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/a/b", "/a//b"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/a/b", "//a/b"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", R"(/files/(.*))", "/files/a//b/"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/", "/"), RouteMatch::Match);
  // A regular expression's `/?` makes the trailing slash optional.
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/items/?", "/items"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/items/?", "/items/"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", R"(^/a/(\d+)/?$)", "/a/7/"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", R"(/a/(\d+)/?)", "/a/x"),
            RouteMatch::TypeMismatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.11.4", "/items/?", "/item"),
            RouteMatch::NoMatch);
  // 0.13.0's PathParamsMatcher takes one `/` after a last parameter.
  EXPECT_EQ(matchAs("cpp-httplib", "0.14.0", "/users/:id", "/users/5/"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("cpp-httplib", "0.14.0", "/users/:id/x", "/users/5/x/"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.14.0", R"(/users/(\d+))", "/users/5/"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("cpp-httplib", "0.14.0", "/users/:id", "/users//5"),
            RouteMatch::NoMatch);
  // Other frameworks forgive them, as before.
  EXPECT_EQ(match("/health", "/health/"), RouteMatch::Match);
  EXPECT_EQ(match("/a/b", "/a//b"), RouteMatch::Match);

  // One slash away: close, and the rewrite drops it.
  RoutePattern Health = routeOf("/health", "cpp-httplib");
  RoutePattern Slash = RoutePattern::parseUse("/health/");
  EXPECT_EQ(routeDistance(Health, Slash).Segments, 1u);
  EXPECT_TRUE(isCloseRoute(routeDistance(Health, Slash), 1));
  EXPECT_EQ(rewriteToRoute(Health, Slash),
            std::optional<std::string>("/health"));
  EXPECT_EQ(rewriteToRoute(routeOf("/dir/", "cpp-httplib"),
                           RoutePattern::parseUse("/dir")),
            std::optional<std::string>("/dir/"));
  EXPECT_EQ(routeDistance(route("/health"), Slash).Segments, 0u);
}

TEST(RoutePatternTest, PistacheOptionalParametersAndSplats) {
  RoutePattern Images = routeOf("/images/:id/:size?", "Pistache");
  ASSERT_EQ(Images.segments().size(), 3u);
  EXPECT_TRUE(Images.segments()[2].Optional);
  EXPECT_EQ(Images.segments()[2].Text, "size");
  EXPECT_EQ(Images.canonical(), "/images/{}/{?}");
  EXPECT_EQ(route(Images.canonical()).canonical(), "/images/{}/{?}");
  EXPECT_EQ(matchAs("Pistache", "", "/images/:id/:size?", "/images/7"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("Pistache", "", "/images/:id/:size?", "/images/7/large"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("Pistache", "", "/images/:id/:size?", "/images"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("Pistache", "", "/images/:id/:size?", "/images/7/l/x"),
            RouteMatch::NoMatch);
  // Only a trailing run may be left out, as findRoute reads it.
  EXPECT_EQ(matchAs("Pistache", "", "/a/:x?/b", "/a/b"), RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("Pistache", "", "/a/:x?/b", "/a/1/b"), RouteMatch::Match);
  EXPECT_EQ(matchAs("Pistache", "", "/a/:x?/:y?", "/a"), RouteMatch::Match);
  // A splat is one segment, even at the end.
  EXPECT_EQ(matchAs("Pistache", "", "/static/*", "/static/a.js"),
            RouteMatch::Match);
  EXPECT_EQ(matchAs("Pistache", "", "/static/*", "/static/js/a.js"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("Pistache", "", "/static/*", "/static"),
            RouteMatch::NoMatch);
  EXPECT_EQ(matchAs("Pistache", "", "/a/*/b", "/a/x/b"), RouteMatch::Match);
  // cpp-httplib 0.13+ names the parameter `size?`, which is required.
  EXPECT_EQ(matchAs("cpp-httplib", "0.14.0", "/images/:id/:size?", "/images/7"),
            RouteMatch::NoMatch);
}

TEST(RoutePatternTest, EveryBeastVerbIsAMethod) {
  // Boost.Beast's `verb` enumerators as written in code, and the method
  // each sends (beast::http::to_string(verb)).
  static const std::pair<const char *, const char *> Verbs[] = {
      {"delete_", "DELETE"},
      {"get", "GET"},
      {"head", "HEAD"},
      {"post", "POST"},
      {"put", "PUT"},
      {"connect", "CONNECT"},
      {"options", "OPTIONS"},
      {"trace", "TRACE"},
      {"copy", "COPY"},
      {"lock", "LOCK"},
      {"mkcol", "MKCOL"},
      {"move", "MOVE"},
      {"propfind", "PROPFIND"},
      {"proppatch", "PROPPATCH"},
      {"search", "SEARCH"},
      {"unlock", "UNLOCK"},
      {"bind", "BIND"},
      {"rebind", "REBIND"},
      {"unbind", "UNBIND"},
      {"acl", "ACL"},
      {"report", "REPORT"},
      {"mkactivity", "MKACTIVITY"},
      {"checkout", "CHECKOUT"},
      {"merge", "MERGE"},
      {"msearch", "M-SEARCH"},
      {"notify", "NOTIFY"},
      {"subscribe", "SUBSCRIBE"},
      {"unsubscribe", "UNSUBSCRIBE"},
      {"patch", "PATCH"},
      {"purge", "PURGE"},
      {"mkcalendar", "MKCALENDAR"},
      {"link", "LINK"},
      {"unlink", "UNLINK"}};
  for (const auto &[Enumerator, Method] : Verbs)
    EXPECT_EQ(normalizeMethod(Enumerator), Method) << Enumerator;
  EXPECT_EQ(normalizeMethod("unknown"), "");
  // Only the common methods come from a helper's name.
  EXPECT_EQ(methodFromFunctionName("copyFile"), "");
  EXPECT_EQ(methodFromFunctionName("lockAndPost"), "POST");
}
