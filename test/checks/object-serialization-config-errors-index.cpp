// RUN: %not %clang_tidy %s --checks='-*,wire-object-serialization' \
// RUN:   --config="{CheckOptions: { \
// RUN:     wire-object-serialization.LogSinks: 'app::log_line:5;app::log_obj:1', \
// RUN:     wire-object-serialization.JsonSinks: 'app::put:2'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -implicit-check-not="{{warning|error}}:"

// The sink options the object check shares with the enum check: an argument
// index past the parameters of the function an entry names is a
// configuration error naming the check's option and the entry, once per
// entry and function; the entry does not apply to it, the others still do.
// CHECK-DAG: error: invalid value 'app::log_line:5' in option 'wire-object-serialization.LogSinks': argument index 5 is past the last parameter of 'app::log_line', which takes 2; the entry does not apply to it [clang-tidy-config]
// CHECK-DAG: error: invalid value 'app::put:2' in option 'wire-object-serialization.JsonSinks': argument index 2 is past the last parameter of 'app::put', which takes 2; the entry does not apply to it [clang-tidy-config]

#include <iostream>

namespace app {
struct Order {
  int id;
};
std::ostream &operator<<(std::ostream &os, const Order &o);
void log_line(const char *format, const Order *order);
void log_obj(int level, const Order *order);
void put(const char *key, const Order *order);
} // namespace app

void f(app::Order *order) {
  app::log_line("order", order);
  app::log_line("again", order);
  app::put("order", order);
  app::log_obj(1, order);
  // CHECK-DAG: :[[@LINE-1]]:19: warning: pointer to 'app::Order' is written to 'app::log_obj' as an address
}
