#include "shared.h"
int main() { g_server.Get("/program", h); }
