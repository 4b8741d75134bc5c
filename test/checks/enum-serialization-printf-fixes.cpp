// RUN: %check_clang_tidy -compile-fixed %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.EnumToString: 'to_string'}}"

// Fix-its that compile. For printf-family sinks the conversion changes with
// the argument: `%d` becomes `%s`, and a std::string result is passed with
// `.c_str()`. A string_view result, a conversion that cannot be rewritten
// exactly (a `*` width, a format in a macro) or a value passed through a
// project wrapper gets no fix. Every fixed file is compiled with
// -Wformat -Werror=format.

#include <cstdio>
#include <string>
#include <string_view>
#include <spdlog/spdlog.h>

enum Color { Red, Green };
std::string to_string(Color);
enum Level { Low, High };
const char *to_string(Level);
enum Mode { Fast, Safe };
std::string_view to_string(Mode);

void log_code(int code) { std::printf("code %d\n", code); }

#define COLOR_FORMAT "color %d\n"

void fixes(Color c, Level l, Mode m, char *buf, unsigned long size) {
  std::printf("color %d\n", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: enum 'Color' is written to a printf-style format as its integer value
  // CHECK-FIXES: std::printf("color %s\n", to_string(c).c_str());
  std::snprintf(buf, size, "level [%-6d] in " "zone %s\n", l, "red");
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: enum 'Level' is written to a printf-style format
  // CHECK-FIXES: std::snprintf(buf, size, "level [%-6s] in " "zone %s\n", to_string(l), "red");
  std::fprintf(stderr, "color <%lx>\n", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: enum 'Color' is written to a printf-style format
  // CHECK-FIXES: std::fprintf(stderr, "color <%s>\n", to_string(c).c_str());
  std::printf("mode %d\n", m);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'Mode' is written to a printf-style format
  // CHECK-FIXES: std::printf("mode %d\n", m);
  std::printf("color %*d\n", 4, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: enum 'Color' is written to a printf-style format
  // CHECK-FIXES: std::printf("color %*d\n", 4, c);
  std::printf(COLOR_FORMAT, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: enum 'Color' is written to a printf-style format
  // CHECK-FIXES: std::printf(COLOR_FORMAT, c);
  log_code(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: enum 'Color' is written to a printf-style format
  // CHECK-FIXES: log_code(c);
  spdlog::info("mode {}", m);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: enum 'Mode' is written to spdlog
  // CHECK-FIXES: spdlog::info("mode {}", to_string(m));
}
