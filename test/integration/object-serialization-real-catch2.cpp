// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true}}"

// Catch2's StringMaker (and the operator<< its fallback uses, defined in
// the test file) writes to the test log, not onto a wire.

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <iostream>
#include <sstream>
#include <string>

namespace app {
enum Level { Low, High };
struct Job {
  Level level;
  int id;
  Job *parent;
};
struct Step {
  Step *next;
  Level level;
};
std::ostream &operator<<(std::ostream &os, const Step &step) {
  return os << "step " << step.level << " next " << step.next;
}
} // namespace app

namespace Catch {
template <> struct StringMaker<app::Job> {
  static std::string convert(const app::Job &job) {
    std::ostringstream os;
    os << "job " << job.id << ' ' << job.level << ' ' << job.parent;
    return os.str();
  }
};
} // namespace Catch

TEST_CASE("jobs compare") {
  app::Job a{app::Low, 1, nullptr}, b{app::Low, 1, nullptr};
  CHECK(a.id == b.id);
  REQUIRE(a.level == b.level);
  std::cout << a.parent << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: pointer to 'Job' is written to an output stream as an address
}
