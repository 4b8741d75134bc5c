#include "env.h"
#include <httplib.h>

constexpr const char *kSecretVar = "JWT_SECRET_KEY";
const char *secret() { return getenv(kSecretVar); }
const char *service() { return config::get("SERVICE_SECRET_KEY"); }
// A deliberate fallback in one component: never a pair.
const char *db() { return getenv("DB_PASSWORD") ? getenv("DB_PASSWORD") : getenv("DB_PASSWORD_VALUE"); }
void registerAuth(httplib::Server &svr) {
  svr.Post("/api/login", [](const httplib::Request &, httplib::Response &) {});
}
