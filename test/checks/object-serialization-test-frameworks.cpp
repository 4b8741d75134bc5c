// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true, wire-enum-serialization.LogSinkPolicy: strict}}"

// A test framework's own stringification writes to a test log, not onto a
// wire: GoogleTest's PrintTo, a test file's operator<< for its printers,
// Catch2's and doctest's StringMaker. The framework shapes are declared
// here (doctest is not installed; see the integration tests for the real
// GoogleTest and Catch2 headers).

#include <iostream>
#include <sstream>
#include <string>

namespace doctest {
template <typename T> struct StringMaker;
} // namespace doctest

enum Phase { Init, Run };
struct Job {
  int id;
  Phase phase;
  Job *parent;
};

// GoogleTest's customisation point.
void PrintTo(const Job &job, std::ostream *os) {
  *os << job.id << ' ' << job.phase << ' ' << job.parent;
}

// The printer a test file gives its type.
struct Task {
  Phase phase;
  Task *next;
};
std::ostream &operator<<(std::ostream &os, const Task &task) {
  return os << task.phase << " next=" << task.next;
}

template <> struct doctest::StringMaker<Job> {
  static std::string convert(const Job &job) {
    std::ostringstream os;
    os << job.phase << job.parent;
    auto Parent = [&] {
      std::ostringstream inner;
      inner << job.parent;
      return inner.str();
    };
    return os.str() + Parent();
  }
};

// Outside the printers the same writes are reported.
void report(const Job &job) {
  std::cout << job.parent << ' ' << job.phase << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: pointer to 'Job' is written to an output stream as an address
  // CHECK-MESSAGES: :[[@LINE-2]]:37: warning: enum 'Phase' is written to an output stream as its integer value
}
