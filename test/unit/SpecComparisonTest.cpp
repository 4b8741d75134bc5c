//===--- SpecComparisonTest.cpp - Tests for lib/routes/SpecComparison -----===//

#include "lib/routes/SpecComparison.h"
#include "lib/routes/OpenApi.h"
#include "gtest/gtest.h"

using namespace wirecheck;
using Strings = std::vector<std::string>;

static RouteEntry code(llvm::StringRef Path, llvm::StringRef Method) {
  RouteEntry E;
  E.Pattern = std::move(*RoutePattern::parse(Path));
  E.Methods.push_back(Method.str());
  E.File = "server.cpp";
  return E;
}

static RouteDocument spec(llvm::StringRef Text) {
  auto R = parseOpenAPISpec(Text, "api.yaml");
  if (!R) {
    ADD_FAILURE() << llvm::toString(R.takeError());
    return {};
  }
  return std::move(*R);
}

static std::vector<const RouteEntry *>
pointers(const std::vector<RouteEntry> &V) {
  std::vector<const RouteEntry *> Out;
  for (const RouteEntry &E : V)
    Out.push_back(&E);
  return Out;
}

/// Each gap: message, then its notes.
static Strings gaps(const RouteDocument &Spec,
                    const std::vector<RouteEntry> &Code,
                    const SpecScope &Scope = SpecScope()) {
  Strings Out;
  std::vector<const RouteEntry *> S = pointers(Spec.Routes), C = pointers(Code);
  for (const RouteEntry &R : Code)
    if (auto G = codeRouteGap(R, R.Methods[0], S, Scope)) {
      Out.push_back(G->Message);
      for (const auto &N : G->Notes)
        Out.push_back("note: " + N.second);
    }
  for (const auto &[At, G] : specOperationGaps(S, C, Scope)) {
    Out.push_back(G.Message);
    for (const auto &N : G.Notes)
      Out.push_back("note: " + N.second);
  }
  return Out;
}

static const char *Jobs = R"(openapi: 3.0.0
paths:
  /jobs/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {$ref: '#/components/schemas/Id'}}
  /nodes/{node}:
    get:
      parameters:
        - {name: node, in: path, schema: {type: string, pattern: '[0-9a-f]{12}'}}
components:
  schemas:
    Id: {type: string, format: uuid}
)";

TEST(SpecComparisonTest, ParameterSchemasDecideBothWays) {
  RouteDocument S = spec(Jobs);
  std::vector<RouteEntry> Code = {code(R"(/jobs/(\d+))", "GET"),
                                  code("/nodes/([0-9a-f]{6})", "GET")};
  EXPECT_EQ(
      gaps(S, Code),
      (Strings{"route 'GET /jobs/(\\d+)' is not in the OpenAPI spec",
               "note: the spec's route '/jobs/{id}' differs: route "
               "'/jobs/(\\d+)' accepts only digits; parameter 'id' is a uuid",
               "route 'GET /nodes/([0-9a-f]{6})' is not in the OpenAPI spec",
               "note: the spec's route '/nodes/{node}' differs: route "
               "'/nodes/([0-9a-f]{6})' accepts only 6 hex digits; parameter "
               "'node' is a string matching '[0-9a-f]{12}'",
               "route 'GET /jobs/{id}' of the OpenAPI spec is not registered "
               "in code",
               "note: route '/jobs/(\\d+)' accepts only digits; parameter 'id' "
               "is a uuid",
               "route 'GET /nodes/{node}' of the OpenAPI spec is not "
               "registered in code",
               "note: route '/nodes/([0-9a-f]{6})' accepts only 6 hex digits; "
               "parameter 'node' is a string matching '[0-9a-f]{12}'"}));
  // Routes that can take the values are fine, typed or not.
  Code = {code("/jobs/{id}", "GET"), code("/nodes/([0-9a-f]+)", "GET")};
  EXPECT_EQ(gaps(S, Code), Strings{});
}

TEST(SpecComparisonTest, DirectionExcludesAndInternal) {
  RouteDocument S = spec(R"(openapi: 3.0.0
paths:
  /public: {get: {}}
  /documented-only: {get: {}}
  /debug: {get: {x-internal: true}}
)");
  std::vector<RouteEntry> Code = {code("/public", "GET"), code("/debug", "GET"),
                                  code("/internal/stats", "GET")};
  EXPECT_EQ(gaps(S, Code),
            (Strings{"route 'GET /internal/stats' is not in the OpenAPI spec",
                     "route 'GET /documented-only' of the OpenAPI spec is not "
                     "registered in code"}));
  SpecScope Scope;
  Scope.Direction = SpecDirection::SpecToCode;
  EXPECT_EQ(gaps(S, Code, Scope),
            Strings{"route 'GET /documented-only' of the OpenAPI spec is not "
                    "registered in code"});
  Scope.Direction = SpecDirection::CodeToSpec;
  EXPECT_EQ(gaps(S, Code, Scope),
            Strings{"route 'GET /internal/stats' is not in the OpenAPI spec"});
  Scope.Direction = SpecDirection::Both;
  Scope.Exclude = {"/internal/**", "/documented-*"};
  EXPECT_EQ(gaps(S, Code, Scope), Strings{});
  Scope.Exclude = {"/internal/*/x"};
  EXPECT_EQ(gaps(S, Code, Scope).size(), 2u);
}

TEST(SpecComparisonTest, AnyServerBasePathServes) {
  RouteDocument S = spec(R"(openapi: 3.0.0
servers: [{url: 'https://a.example.com/v1'}, {url: 'https://a.example.com/v2'}]
paths:
  /a: {get: {}}
  /b: {get: {}}
)");
  std::vector<RouteEntry> Code = {code("/v2/a", "GET")};
  EXPECT_EQ(gaps(S, Code),
            Strings{"route 'GET /v1/b' of the OpenAPI spec is not registered "
                    "in code (under any of its 2 server base paths)"});
}

TEST(SpecComparisonTest, OptionValues) {
  std::vector<OptionError> Errors;
  EXPECT_EQ(parseSpecDirection("D", "code-to-spec", Errors),
            SpecDirection::CodeToSpec);
  EXPECT_TRUE(Errors.empty());
  parseSpecDirection("D", "sideways", Errors);
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].Message,
            "is not one of 'both', 'spec-to-code', 'code-to-spec'");
  Errors.clear();
  EXPECT_EQ(parseExcludeGlobs("E", " /internal/* ; /debug/** ", Errors),
            (Strings{"/internal/*", "/debug/**"}));
  EXPECT_TRUE(Errors.empty());
  EXPECT_EQ(parseExcludeGlobs("E", "internal;/ok", Errors), Strings{"/ok"});
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].Value, "internal");
  Errors.clear();
  parseExcludeGlobs("E", ";;;", Errors);
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].Message, "lists no path glob");
}
