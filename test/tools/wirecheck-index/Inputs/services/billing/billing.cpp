#include "env.h"

const char *service() { return config::get_or("dev", "SERVICE_SECRET"); }
const char *db() { return secure_getenv("DB_PASSWORD_VALUE"); }
const char *legacy() { return getenv("LEGACY_TOKEN_KEY"); }
// A key that cannot be resolved is skipped.
const char *any(const char *name) { return getenv(name); }
