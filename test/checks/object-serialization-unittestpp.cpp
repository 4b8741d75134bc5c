// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true, wire-enum-serialization.LogSinkPolicy: strict}}"

// UnitTest++ (namespace UnitTest, vendored by cpprestsdk under
// Release/tests/common/UnitTestpp) builds a check's failure message in a
// string stream: its printer writes to a test log, not onto a wire, like
// GoogleTest's, Catch2's and doctest's. Values passed to CHECK_EQUAL are
// reported neither inside the framework's printer nor at the test's call.
// The framework's shapes are declared here (it is not packaged in Debian).

#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace UnitTest {
class MemoryOutStream : public std::ostringstream {
public:
  std::string GetText() const { return str(); }
};
namespace details {
template <typename T1, typename T2>
std::string BuildFailureString(const char *expectedStr, const char *actualStr,
                               const T1 &expected, const T2 &actual) {
  UnitTest::MemoryOutStream stream;
  stream << " where " << expectedStr << "=" << expected << " and "
         << actualStr << "=" << actual;
  return stream.GetText();
}
} // namespace details
template <typename Expected, typename Actual>
void CheckEqual(const Expected &expected, const Actual &actual,
                const char *expectedStr, const char *actualStr) {
  if (!(expected == actual))
    std::cerr << details::BuildFailureString(expectedStr, actualStr, expected,
                                             actual);
}
} // namespace UnitTest
#define CHECK_EQUAL(expected, actual)                                          \
  UnitTest::CheckEqual(expected, actual, #expected, #actual)

enum Phase { Init, Run };
struct Buffer {
  operator bool() const { return open; }
  bool open = false;
};
struct Pool {};

void test(std::shared_ptr<Pool> pool, std::shared_ptr<Pool> other, Buffer buf,
          Phase phase) {
  CHECK_EQUAL(pool, other);
  CHECK_EQUAL(buf, Buffer());
  CHECK_EQUAL(Run, phase);
  // Outside the framework the same writes are reported.
  std::cout << buf << pool << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'Buffer' is written to an output stream as 'bool' through its implicit conversion operator
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: 'std::shared_ptr<Pool>' is written to an output stream as an address
}
