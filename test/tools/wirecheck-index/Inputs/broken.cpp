#include "no-such-header.h"
const char *secret() { return getenv("JWT_SECRET_VALUE"); }
