#include <httplib.h>
#include <string>

void callServer(httplib::Client &cli) {
  cli.Post("/api/agent/stop");
  cli.Get("/api/agents/start");
  cli.Get("/api/threads/abc/messages");
  // Served.
  cli.Post("/api/agents/stop");
  cli.Get("/api/health");
  cli.Get("/api/threads/3/messages");
  cli.Delete("/api/sessions/12");
}
