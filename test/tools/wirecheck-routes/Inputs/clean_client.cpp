#include <httplib.h>

void callServer(httplib::Client &cli) {
  cli.Post("/api/agents/stop");
  cli.Get("/api/health");
}
