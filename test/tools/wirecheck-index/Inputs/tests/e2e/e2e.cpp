#include "env.h"
#include <httplib.h>

const char *secret() { return getenv("JWT_SECRET"); }
const char *legacy() { return getenv("LEGACY_TOKEN"); }
int login(httplib::Client &cli) { return cli.Post("/api/logn", "{}", "application/json") ? 0 : 1; }
