// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true}}"

// Catch2's StringMaker (and the operator<< its fallback uses, defined in
// the test file) writes to the test log, not onto a wire.

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <iostream>
#include <sstream>
#include <string>

namespace app {
enum Mode { Fast, Safe };
struct Job {
  int id;
  Mode mode;
  Job *parent;
};
struct Task {
  Mode mode;
  Task *next;
};
std::ostream &operator<<(std::ostream &os, const Task &task) {
  return os << "task " << task.mode << " next " << task.next;
}
} // namespace app

namespace Catch {
template <> struct StringMaker<app::Job> {
  static std::string convert(const app::Job &job) {
    std::ostringstream os;
    os << "job " << job.id << ' ' << job.mode << ' ' << job.parent;
    return os.str();
  }
};
} // namespace Catch

TEST_CASE("jobs compare") {
  app::Job a{1, app::Fast, nullptr}, b{1, app::Fast, nullptr};
  CHECK(a.id == b.id);
  REQUIRE(a.mode == b.mode);
  std::cout << a.parent << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: pointer to 'Job' is written to an output stream as an address
}
