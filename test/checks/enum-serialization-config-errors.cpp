// RUN: %not %clang_tidy %s --checks='-*,wire-enum-serialization' \
// RUN:   --config="{CheckOptions: { \
// RUN:     wire-enum-serialization.IntegerEnums: '([a-', \
// RUN:     SafeWrappers: 'good::wrap;a b', \
// RUN:     LogSinks: 'app::log:x', \
// RUN:     JsonSinks: 'app::put:1:2', \
// RUN:     wire-enum-serialization.EnumToString: 'to string', \
// RUN:     wire-enum-serialization.AllowExplicitCasts: maybe, \
// RUN:     wire-enum-serialization.LogSinkPolicy: strict}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=CONFIG \
// RUN:   -implicit-check-not="{{warning|error}}:"

// Malformed options are configuration errors naming the option and the
// value; the check keeps running with the rest of its configuration.
// CONFIG-DAG: error: invalid value '([a-' in option 'wire-enum-serialization.IntegerEnums': is not a valid regular expression ({{.*}}); the option is ignored [clang-tidy-config]
// CONFIG-DAG: error: invalid value 'a b' in option 'SafeWrappers': is not a valid qualified name; the entry is ignored [clang-tidy-config]
// CONFIG-DAG: error: invalid value 'app::log:x' in option 'LogSinks': has an argument index that is not a number; the entry is ignored [clang-tidy-config]
// CONFIG-DAG: error: invalid value 'app::put:1:2' in option 'JsonSinks': has more argument indices than allowed (1); the entry is ignored [clang-tidy-config]
// CONFIG-DAG: error: invalid value 'to string' in option 'wire-enum-serialization.EnumToString': is not a valid qualified name; no fix-its are offered [clang-tidy-config]
// CONFIG-DAG: error: invalid value 'maybe' in option 'wire-enum-serialization.AllowExplicitCasts': is not a boolean (true or false); the default is used [clang-tidy-config]

#include <cstdio>

namespace good {
int wrap(int);
}
enum Color { Red };

void f(Color c) {
  std::printf("%d", c);
  // CONFIG: :[[@LINE-1]]:21: warning: enum 'Color' is written to a printf-style format
  std::printf("%d", good::wrap(c));
  std::printf("%d", static_cast<int>(c));
}
