// RUN: %check_clang_tidy %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-real-log-policy.cpp).

// Streams and C formatting on real headers: iostreams, string streams, glog
// LOG(), Boost.Log record streams, printf/snprintf/syslog and Abseil.
// (Boost 1.74's trivial logger does not compile under clang 22, so
// Boost.Log is exercised through sources::logger.)

#include <absl/strings/str_cat.h>
#include <absl/strings/str_format.h>
#include <absl/strings/substitute.h>
#include <boost/log/sources/logger.hpp>
#include <boost/log/sources/record_ostream.hpp>
#include <cstdio>
#include <glog/logging.h>
#include <iostream>
#include <sstream>
#include <syslog.h>

enum Color { Red, Green };

void streams(Color c) {
  std::cout << "color " << c << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'Color' is written to an output stream as its integer value; convert it to a string or pass it through a safe-serialization wrapper [wire-enum-serialization]
  std::ostringstream os;
  os << c;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: enum 'Color' is written to an output stream
  LOG(INFO) << "color " << c;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'Color' is written to an output stream
  boost::log::sources::logger lg;
  BOOST_LOG(lg) << "color " << c;
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: enum 'Color' is written to an output stream
}

void cformat(Color c) {
  std::printf("%d\n", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: enum 'Color' is written to a printf-style format
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: enum 'Color' is written to a printf-style format
  syslog(LOG_INFO, "color %d", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: enum 'Color' is written to a printf-style format
}

void abseil(Color c) {
  std::string s = absl::StrCat("color ", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: enum 'Color' is written to absl string formatting
  absl::StrAppend(&s, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: enum 'Color' is written to absl string formatting
  s = absl::StrFormat("%d", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: enum 'Color' is written to absl string formatting
  s = absl::Substitute("$0", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: enum 'Color' is written to absl string formatting
}

// Not flagged: a user operator<< wins overload resolution; casts.
enum class Mode { Fast };
std::ostream &operator<<(std::ostream &os, Mode) { return os << "fast"; }
void quiet(Mode m, Color c) {
  std::cout << m << static_cast<int>(c) << '\n';
  LOG(INFO) << m;
  std::printf("%d\n", static_cast<int>(c));
  std::string s = absl::StrCat(static_cast<int>(c));
}
