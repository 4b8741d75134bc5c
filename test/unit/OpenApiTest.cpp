//===--- OpenApiTest.cpp - Tests for lib/routes/OpenApi -------------------===//

#include "lib/routes/OpenApi.h"
#include "lib/routes/ValueClass.h"
#include "gtest/gtest.h"

using namespace wirecheck;
using Strings = std::vector<std::string>;

static RouteDocument spec(llvm::StringRef Text,
                          llvm::StringRef Name = "api.yaml") {
  auto R = parseOpenAPISpec(Text, Name);
  if (!R) {
    ADD_FAILURE() << llvm::toString(R.takeError());
    return {};
  }
  return std::move(*R);
}

static std::string specError(llvm::StringRef Text,
                             llvm::StringRef Name = "api.yaml") {
  auto R = parseOpenAPISpec(Text, Name);
  if (R)
    return "<no error>";
  return llvm::toString(R.takeError());
}

/// "METHOD source" of each route.
static Strings routes(const RouteDocument &D) {
  Strings Out;
  for (const RouteEntry &R : D.Routes)
    Out.push_back((R.Methods.empty() ? std::string("*") : R.Methods[0]) + " " +
                  R.Pattern.source());
  return Out;
}

/// The values of segment \p I of route \p R; unknown when none is set.
static const ValueClass *values(const RouteEntry &R, size_t I) {
  return R.Pattern.segments()[I].Values.get();
}

TEST(OpenApiTest, ReadsYaml) {
  RouteDocument D = spec(R"(openapi: 3.0.3
info: {title: t, version: "1"}
servers:
  - url: https://example.com/api/v1/
paths:
  /agents/stop:
    post:
      responses: {}
  /threads/{id}/messages:
    parameters:
      - name: id
        in: path
        schema:
          type: integer
    get: {}
    delete:
      parameters:
        - {name: id, in: path, schema: {type: string}}
)");
  ASSERT_EQ(D.Routes.size(), 3u);
  EXPECT_EQ(D.Routes[0].Pattern.canonical(), "/api/v1/agents/stop");
  EXPECT_EQ(D.Routes[0].Methods, Strings{"POST"});
  EXPECT_EQ(D.Routes[0].Line, 7u);
  EXPECT_EQ(D.Routes[0].Column, 5u);
  EXPECT_EQ(D.Routes[1].Pattern.canonical(), "/api/v1/threads/{:int}/messages");
  EXPECT_EQ(D.Routes[2].Pattern.canonical(), "/api/v1/threads/{}/messages");
  EXPECT_EQ(D.Routes[2].Methods, Strings{"DELETE"});
  EXPECT_TRUE(D.Skipped.empty());
  EXPECT_TRUE(D.Notes.empty());
}

TEST(OpenApiTest, ReadsJson) {
  RouteDocument D =
      spec(R"({"openapi":"3.1.0","paths":{"/a/{n}":{"get":{"parameters":[)"
           R"({"name":"n","in":"path","schema":{"type":"number"}}]}}}})",
           "api.json");
  ASSERT_EQ(D.Routes.size(), 1u);
  EXPECT_EQ(D.Routes[0].Pattern.canonical(), "/a/{:double}");
}

TEST(OpenApiTest, DocumentErrorsNameFileLineAndColumn) {
  EXPECT_EQ(specError("info: {}\npaths: {}\n"),
            "api.yaml:1:1: not an OpenAPI document: no 'openapi' field");
  EXPECT_EQ(specError("openapi: 3.0.0\n"),
            "api.yaml:1:1: the OpenAPI document has no 'paths'");
  EXPECT_EQ(specError("openapi: 3.0.0\npaths: [a]\n"),
            "api.yaml:2:8: 'paths' must be a mapping");
  std::string Bad = specError("openapi: 3.0.0\npaths:\n  /a: {get: [}\n");
  EXPECT_EQ(Bad.rfind("api.yaml:3:", 0), 0u) << Bad;
  EXPECT_NE(Bad.find("invalid YAML"), std::string::npos) << Bad;
  EXPECT_EQ(specError("{\"openapi\": \"3.0.0\", \"paths\": {\"/a\": {]}}",
                      "api.json"),
            "api.json:1:39: invalid JSON: Expected object key");
  // Invalid UTF-8 is named as such, where it is.
  EXPECT_EQ(specError("openapi: 3.0.0\npaths:\n  /caf\xe9: {get: {}}\n"),
            "api.yaml:3:7: invalid UTF-8: byte 0xe9 does not start a valid "
            "sequence");
}

TEST(OpenApiTest, UnusableEntriesAreLeftOutAndTheRestApplies) {
  RouteDocument D = spec(R"(openapi: 3.0.0
paths:
  agents: {get: {}}
  /a: 3
  /b/{id:
    get: {}
  /c/{}: {get: {}}
  /d:
    get: [x]
    post: {}
  /e/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {type: string, pattern: '[0-9'}}
  /f:
    parameters: 3
    get: {}
)");
  EXPECT_EQ(D.Skipped,
            (Strings{"api.yaml:3:3: path 'agents' does not start with '/'; "
                     "it is left out",
                     "api.yaml:4:7: a path item must be a mapping; it is left "
                     "out",
                     "api.yaml:5:3: path '/b/{id' has a parameter without "
                     "its '}'; it is left out",
                     "api.yaml:7:3: path '/c/{}' has a parameter without a "
                     "name; it is left out",
                     "api.yaml:9:10: an operation must be a mapping; it is "
                     "left out",
                     "api.yaml:14:64: 'pattern' '[0-9' is not a valid regular "
                     "expression: brackets ([ ]) not balanced; it is left out",
                     "api.yaml:16:17: 'parameters' must be a list; it is left "
                     "out"}));
  // The parameter with the bad pattern is unknown; the operation stays.
  EXPECT_EQ(routes(D), (Strings{"POST /d", "GET /e/{id}", "GET /f"}));
  EXPECT_EQ(values(D.Routes[1], 1), nullptr);
}

TEST(OpenApiTest, ServerUrlsGiveOnlyTheirPath) {
  RouteDocument D = spec(R"(openapi: 3.0.0
servers:
  - url: ' http://localhost:9993'
paths:
  /status: {get: {}}
)");
  EXPECT_EQ(routes(D), Strings{"GET /status"});

  D = spec(R"(openapi: 3.0.0
servers:
  - url: '{scheme}://{host}/api/{version}'
    variables:
      scheme: {default: https}
      host: {default: api.example.com}
      version: {default: v2, enum: [v1, v2]}
  - url: https://api.example.com/v1
  - url: /v1/
  - url: 'https://{unknown}.example.com/'
  - url: 'https://example.com/{nodefault}/x'
paths:
  /status: {get: {}}
)");
  // Every distinct base path; the host's variable does not matter.
  EXPECT_EQ(routes(D),
            (Strings{"GET /api/v2/status", "GET /v1/status", "GET /status"}));
  EXPECT_EQ(D.Skipped,
            Strings{"api.yaml:11:10: server URL "
                    "'https://example.com/{nodefault}/x' has a variable in its "
                    "path without a default; it is left out"});

  // An operation's own servers replace the document's.
  D = spec(R"(openapi: 3.0.0
servers: [{url: 'https://a.example.com/v1'}]
paths:
  /a:
    get: {servers: [{url: 'https://b.example.com/v2'}]}
    put: {}
)");
  EXPECT_EQ(routes(D), (Strings{"GET /v2/a", "PUT /v1/a"}));
}

TEST(OpenApiTest, LocalRefsAreFollowed) {
  RouteDocument D = spec(R"(openapi: 3.1.0
paths:
  /jobs/{id}:
    $ref: '#/components/pathItems/Job'
  /nodes/{node}:
    get:
      parameters:
        - $ref: '#/components/parameters/Node'
components:
  pathItems:
    Job:
      parameters:
        - {name: id, in: path, schema: {$ref: '#/components/schemas/JobId'}}
      get: {}
  parameters:
    Node: {name: node, in: path, schema: {$ref: '#/components/schemas/Hex'}}
  schemas:
    JobId: {$ref: '#/components/schemas/Uuid'}
    Uuid: {type: string, format: uuid}
    Hex: {type: string, pattern: '^[0-9a-f]{12}$'}
)");
  ASSERT_EQ(routes(D), (Strings{"GET /jobs/{id}", "GET /nodes/{node}"}));
  ASSERT_NE(values(D.Routes[0], 1), nullptr);
  EXPECT_EQ(values(D.Routes[0], 1)->describe(), "a uuid");
  ASSERT_NE(values(D.Routes[1], 1), nullptr);
  EXPECT_EQ(values(D.Routes[1], 1)->describe(), "12 hex digits");
  EXPECT_TRUE(D.Skipped.empty());
  EXPECT_TRUE(D.Notes.empty());
}

TEST(OpenApiTest, RefCyclesAreReportedOnce) {
  RouteDocument D = spec(R"(openapi: 3.1.0
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {$ref: '#/components/schemas/A'}}
  /b/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {$ref: '#/components/schemas/B'}}
  /c:
    $ref: '#/components/pathItems/C'
  /d:
    $ref: '#/components/pathItems/Nowhere'
components:
  pathItems:
    C: {$ref: '#/components/pathItems/C'}
  schemas:
    A: {$ref: '#/components/schemas/B'}
    B: {$ref: '#/components/schemas/A'}
)");
  EXPECT_EQ(D.Skipped,
            (Strings{"api.yaml:14:11: $ref '#/components/pathItems/Nowhere' "
                     "does not resolve; it is left out",
                     "api.yaml:19:15: $ref '#/components/schemas/B' is part of "
                     "a $ref cycle; what it describes is left out",
                     "api.yaml:17:15: $ref '#/components/pathItems/C' is part "
                     "of a $ref cycle; what it describes is left out"}));
  // The operations whose parameter is in a cycle stay, the parameter unknown.
  EXPECT_EQ(routes(D), (Strings{"GET /a/{id}", "GET /b/{id}"}));
}

TEST(OpenApiTest, ExternalRefsAreReportedOncePerDocument) {
  RouteDocument D = spec(R"(openapi: 3.0.0
paths:
  /users:
    $ref: 'paths/users.yaml'
  /jobs/{id}:
    get:
      parameters:
        - $ref: 'common.yaml#/parameters/Id'
    put:
      parameters:
        - {name: id, in: path, schema: {$ref: 'common.yaml#/schemas/Id'}}
    delete:
      parameters:
        - {name: id, in: path, schema: {$ref: 'common.yaml#/schemas/Id'}}
)");
  EXPECT_EQ(D.Notes, Strings{"api.yaml:4:11: $ref 'paths/users.yaml' points "
                             "outside the document and is not followed (nor "
                             "are 2 other $refs outside it); what it describes "
                             "is treated as unknown"});
  EXPECT_TRUE(D.Skipped.empty());
  // The path item elsewhere: every method, never reported as missing.
  ASSERT_EQ(routes(D), (Strings{"* /users", "GET /jobs/{id}", "PUT /jobs/{id}",
                                "DELETE /jobs/{id}"}));
  EXPECT_TRUE(D.Routes[0].Internal);
  EXPECT_FALSE(D.Routes[1].Internal);
  // Parameters elsewhere are unknown, never guessed.
  EXPECT_EQ(values(D.Routes[2], 1), nullptr);
}

TEST(OpenApiTest, InternalOperationsAreMarked) {
  RouteDocument D = spec(R"(openapi: 3.0.0
paths:
  /debug:
    x-internal: true
    get: {}
  /jobs:
    get: {}
    delete: {x-internal: true}
)");
  ASSERT_EQ(routes(D), (Strings{"GET /debug", "GET /jobs", "DELETE /jobs"}));
  EXPECT_TRUE(D.Routes[0].Internal);
  EXPECT_FALSE(D.Routes[1].Internal);
  EXPECT_TRUE(D.Routes[2].Internal);
}
