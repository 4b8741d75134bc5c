// RUN: %not %clang_tidy %s --checks='-*,wire-object-serialization' \
// RUN:   --config="{CheckOptions: { \
// RUN:     wire-object-serialization.SafeWrappers: ';', \
// RUN:     wire-object-serialization.LogSinks: ' ;; ', \
// RUN:     wire-object-serialization.JsonSinks: ','}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -implicit-check-not="{{warning|error}}:"

// A list option of the object check that is set but lists nothing is a
// configuration error naming the check's option, not a silently unset
// option; the check still runs (the finding below).
// CHECK-DAG: error: invalid value ';' in option 'wire-object-serialization.SafeWrappers': lists no entries, only separators; the option is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value ' ;; ' in option 'wire-object-serialization.LogSinks': lists no entries, only separators; the option is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value ',' in option 'wire-object-serialization.JsonSinks': lists no entries, only separators; the option is ignored [clang-tidy-config]

#include <iostream>
struct Agent {
  int id;
};
std::ostream &operator<<(std::ostream &os, const Agent &a);
void f(Agent *a) { std::cout << a; }
// CHECK-DAG: :[[@LINE-1]]:33: warning: pointer to 'Agent' is written to an output stream as an address
