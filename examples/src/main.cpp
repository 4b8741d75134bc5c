// agent-control: the control backend that agents keep a (modelled) WebSocket
// session with.
//
//   agent-control [--host ADDR]   serve until interrupted
//   agent-control --self-test     serve on 127.0.0.1, run one scripted agent
//                                 conversation against it, print the replies
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <httplib.h>
#include <spdlog/spdlog.h>

#include "agent/run_tracker.h"
#include "agent/server.h"

namespace {

void show(const char *what, const httplib::Result &result) {
  if (!result) {
    std::printf("%-28s -> no response (%s)\n", what,
                httplib::to_string(result.error()).c_str());
    return;
  }
  std::printf("%-28s -> %d %s\n", what, result->status, result->body.c_str());
}

int self_test(int port) {
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(2);
  client.set_read_timeout(2);

  auto connected = client.Post("/agents/a-7/connect", "", "application/json");
  show("connect", connected);
  if (!connected || connected->status != 200)
    return 1;
  const std::string token =
      nlohmann::json::parse(connected->body)["token"].get<std::string>();
  const httplib::Headers good = {{"Authorization", "Bearer " + token}};
  const httplib::Headers bad = {{"Authorization", "Bearer stolen"}};

  const nlohmann::json ping = {{"type", "ping"}};
  show("send ping", client.Post("/agents/a-7/frames", good, ping.dump(),
                                "application/json"));
  const nlohmann::json status = {{"type", "status"}, {"status", "busy"}};
  show("send status", client.Post("/agents/a-7/frames", good, status.dump(),
                                  "application/json"));
  show("start a run", client.Post("/agents/a-7/runs", good, "",
                                  "application/json"));
  auto frames = client.Get("/agents/a-7/frames", good);
  show("poll frames", frames);
  // The agent's side of the run events: with the event names and fields it
  // expects, it learns no run id and sees no run finish.
  agent::RunTracker tracker;
  if (frames && frames->status == 200)
    for (const nlohmann::json &frame : nlohmann::json::parse(frames->body))
      tracker.on_event(frame);
  std::printf("%-28s -> current run '%s', %zu finished\n", "run tracker",
              tracker.current_run().c_str(), tracker.finished().size());
  show("poll frames (bad token)", client.Get("/agents/a-7/frames", bad));
  show("summary", client.Get("/agents/a-7", good));
  show("close", client.Delete("/agents/a-7", good));
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  std::string host = "0.0.0.0";
  bool self_test_mode = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--self-test") == 0) {
      self_test_mode = true;
      host = "127.0.0.1";
    } else if (std::strcmp(argv[i], "--host") == 0 && i + 1 < argc) {
      host = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--host ADDR] [--self-test]\n", argv[0]);
      return 2;
    }
  }
  if (self_test_mode)
    spdlog::set_level(spdlog::level::warn);
  // The secret agent tokens are signed with, shared with the e2e tests.
  if (std::getenv("JWT_SECRET") == nullptr && !self_test_mode)
    spdlog::warn("JWT_SECRET is not set: agent tokens are not signed");

  agent::AgentServer server;
  const int port = server.bind(host);
  if (port < 0) {
    spdlog::critical("cannot bind to {}", host);
    return 1;
  }
  spdlog::info("agent-control listening on {}:{}", host, port);
  if (!self_test_mode) {
    server.listen();
    return 0;
  }
  std::thread serving([&server] { server.listen(); });
  const int status = self_test(port);
  server.stop();
  serving.join();
  return status;
}
