#include "shared.h"
void registerB() { g_server.Get("/shared", h); }
