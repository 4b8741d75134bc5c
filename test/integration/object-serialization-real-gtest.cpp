// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true, wire-enum-serialization.LogSinkPolicy: strict}}"

// GoogleTest's printers are not a wire: PrintTo and the operator<< a test
// file defines for them write to the test log. StrictObjects is on, so any
// object or pointer written elsewhere is reported.

#include <gtest/gtest.h>
#include <iostream>
#include <memory>

namespace app {
enum class Phase { Init, Run };
enum Mode { Fast, Safe };
struct Job {
  int id;
  Mode mode;
  Job *parent;
};
struct Task {
  Mode mode;
  std::shared_ptr<Task> next;
};
void PrintTo(const Job &job, std::ostream *os) {
  *os << "job " << job.id << " mode " << job.mode << " parent " << job.parent;
}
std::ostream &operator<<(std::ostream &os, const Task &task) {
  return os << "task mode " << task.mode << " next " << task.next;
}
} // namespace app

TEST(Jobs, Equal) {
  app::Job a{1, app::Fast, nullptr}, b{1, app::Fast, nullptr};
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.mode, b.mode);
  EXPECT_TRUE(a.parent == b.parent) << "parents " << a.id;
  app::Task t{app::Safe, nullptr};
  std::cout << ::testing::PrintToString(a) << t.mode << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: enum 'app::Mode' is written to an output stream as its integer value
}
