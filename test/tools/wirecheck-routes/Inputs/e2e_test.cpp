#include <string>

namespace e2e {
int post(const std::string &path, const std::string &body) { return 200; }
} // namespace e2e

int stopAgent() { return e2e::post("/api/agent/stop", "{}"); }
int startAgent() { return e2e::post("/api/agents/start", "{}"); }
