// No server here: the project's servers are many, so only the port says
// which one a client talks to.
#include <httplib.h>
int main() {
  httplib::Client first("localhost", 1234);
  first.Get("/sam");
  httplib::Client unknown("localhost", 4321);
  unknown.Get("/nothing");
  httplib::Client google("https://www.google.com");
  google.Get("/search");
}
