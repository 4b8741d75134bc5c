// End-to-end test of the control API against a running agent-control
// (`agent-e2e [port]`). It reproduces the second half of the incident: the
// test calls /api/agent/stop while the server registers /api/agents/stop, and
// checks the stop with GET where the server serves POST. Both are strings,
// so nothing fails before staging; wire-route-mismatch reports both. It also
// reads the token secret under another name than the server (JWT_SECRET_KEY
// and JWT_SECRET: the incident's tokens that all failed validation), which
// wirecheck-index reports.
#include <cstdio>
#include <cstdlib>

#include <httplib.h>

int main(int argc, char **argv) {
  const int port = argc > 1 ? std::atoi(argv[1]) : 8080;
  httplib::Client cli("127.0.0.1", port);
  cli.set_connection_timeout(2);
  if (const char *secret = std::getenv("JWT_SECRET_KEY")) // expect: wire-setting-keys
    cli.set_bearer_token_auth(secret);

  auto listed = cli.Get("/api/agents");
  auto stopped = cli.Post("/api/agent/stop", "{}", "application/json"); // expect: wire-route-mismatch
  auto confirmed = cli.Get("/api/agents/stop"); // expect: wire-route-mismatch

  const bool ok = listed && listed->status == 200 && stopped &&
                  stopped->status == 200 && confirmed &&
                  confirmed->status == 200;
  std::printf("e2e: %s\n", ok ? "passed" : "failed");
  return ok ? 0 : 1;
}
