#include <httplib.h>
#include <string>

void call(httplib::Client &cli, const char *path) {
  std::string status = "/status";
  cli.Get(status);
  cli.Get("/jobs/0123abcd");
  cli.Get("/jobs/xyz");
  cli.Get(path);
}
