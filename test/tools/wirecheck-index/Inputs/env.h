// The readers of settings the test project uses: the C library's and a
// project config reader.
#pragma once
#include <stdlib.h>
namespace config {
const char *get(const char *key);
const char *get_or(const char *fallback, const char *key);
} // namespace config
