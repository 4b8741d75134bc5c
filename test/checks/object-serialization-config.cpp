// Malformed options are configuration errors naming option and value.
// RUN: %not %clang_tidy %s --checks='-*,wire-object-serialization' \
// RUN:   --config="{CheckOptions: {wire-object-serialization.SensitiveTypes: '(Token', wire-object-serialization.SafeTypes: '[', wire-object-serialization.StrictObjects: 'maybe', wire-object-serialization.SafeWrappers: 'redact;not a name'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s

// CHECK-DAG: error: invalid value '(Token' in option 'wire-object-serialization.SensitiveTypes': is not a valid regular expression (parentheses not balanced); the option is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value '[' in option 'wire-object-serialization.SafeTypes': is not a valid regular expression (brackets ([ ]) not balanced); the option is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value 'maybe' in option 'wire-object-serialization.StrictObjects': is not a boolean (true or false); the default is used [clang-tidy-config]
// CHECK-DAG: error: invalid value 'not a name' in option 'wire-object-serialization.SafeWrappers': is not a valid qualified name; the entry is ignored [clang-tidy-config]
// CHECK-DAG: object-serialization-config.cpp:[[@LINE+7]]:33: warning: pointer to 'Agent' is written to an output stream as an address

#include <iostream>
struct Agent {
  int id;
};
std::ostream &operator<<(std::ostream &os, const Agent &a);
void f(Agent *a) { std::cout << a; }
