#include "shared.h"
void registerA() { g_server.Get("/shared", h); }
