// RUN: %not %clang_tidy %s --checks='-*,wire-enum-serialization' \
// RUN:   --config="{CheckOptions: { \
// RUN:     SafeWrappers: ' ; ', \
// RUN:     LogSinks: ';;;', \
// RUN:     JsonSinks: ',,'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=CONFIG \
// RUN:   -implicit-check-not="{{warning|error}}:"
// RUN: %clang_tidy %s --checks='-*,wire-enum-serialization' \
// RUN:   --config="{CheckOptions: {SafeWrappers: '', LogSinks: '  '}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=BLANK \
// RUN:   -implicit-check-not="{{warning|error}}:"

// A list option that is set but lists nothing is a configuration error, not
// a silently unset option; a blank value is simply unset.
// CONFIG-DAG: error: invalid value ' ; ' in option 'wire-enum-serialization.SafeWrappers': lists no entries, only separators; the option is ignored [clang-tidy-config]
// CONFIG-DAG: error: invalid value ';;;' in option 'wire-enum-serialization.LogSinks': lists no entries, only separators; the option is ignored [clang-tidy-config]
// CONFIG-DAG: error: invalid value ',,' in option 'wire-enum-serialization.JsonSinks': lists no entries, only separators; the option is ignored [clang-tidy-config]

#include <cstdio>

enum Color { Red };

void f(Color c) {
  std::printf("%d", c);
  // CONFIG: :[[@LINE-1]]:21: warning: enum 'Color' is written to a printf-style format
  // BLANK: :[[@LINE-2]]:21: warning: enum 'Color' is written to a printf-style format
}
