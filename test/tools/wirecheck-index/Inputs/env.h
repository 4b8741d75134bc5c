// The readers of settings the test project uses, without system headers.
#pragma once
extern "C" char *getenv(const char *);
extern "C" char *secure_getenv(const char *);
namespace config {
const char *get(const char *key);
const char *get_or(const char *fallback, const char *key);
} // namespace config
