// RUN: %not %clang_tidy %s --checks='-*,wire-enum-serialization' \
// RUN:   --config="{CheckOptions: { \
// RUN:     LogSinks: 'app::log:7;app::logf:5;app::logv:4', \
// RUN:     JsonSinks: 'app::put:2'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=CONFIG \
// RUN:   -implicit-check-not="{{warning|error}}:"

// An argument index past the parameters of a function the entry names is a
// configuration error (once per entry and function), found when the
// function is called. A C `...` or a parameter pack takes any index.
// CONFIG-DAG: error: invalid value 'app::log:7' in option 'wire-enum-serialization.LogSinks': argument index 7 is past the last parameter of 'app::log', which takes 2; the entry does not apply to it [clang-tidy-config]
// CONFIG-DAG: error: invalid value 'app::put:2' in option 'wire-enum-serialization.JsonSinks': argument index 2 is past the last parameter of 'app::put', which takes 2; the entry does not apply to it [clang-tidy-config]

enum Color { Red };

namespace app {
void log(int Level, Color C);
void logf(const char *Format, ...);
template <class... Ts> void logv(Ts &&...Values);
void put(const char *Key, Color C);
} // namespace app

void f(Color c) {
  app::log(1, c);
  app::log(2, c);
  app::put("k", c);
  app::logf("%d", 1, 2, 3, 4, c);
  // CONFIG: :[[@LINE-1]]:31: warning: enum 'Color' is written to 'app::logf' as its integer value
  app::logv(1, 2, 3, 4, c);
  // CONFIG: :[[@LINE-1]]:25: warning: enum 'Color' is written to 'app::logv' as its integer value
}
