// RUN: %check_clang_tidy %s wire-enum-serialization %t

// Notes per finding stay bounded: a long chain of project wrappers is
// summarised, and later findings through a chain already shown get one note.

#include <nlohmann/json.hpp>

enum class Phase { Idle, Busy };

template <class T> void put0(nlohmann::json &j, const T &v) { j["phase"] = v; }
template <class T> void put1(nlohmann::json &j, const T &v) { put0(j, v); }
template <class T> void put2(nlohmann::json &j, const T &v) { put1(j, v); }
template <class T> void put3(nlohmann::json &j, const T &v) { put2(j, v); }
template <class T> void put4(nlohmann::json &j, const T &v) { put3(j, v); }
template <class T> void put5(nlohmann::json &j, const T &v) { put4(j, v); }

// The chain is shown in full at one finding (the one examined first, in
// second()); the other finding through it points there.
void first(nlohmann::json &j, Phase p) {
  put5(j, p);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: enum 'Phase' is written to nlohmann::json as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  // CHECK-NOTES: :[[@LINE-7]]:71: note: 'put5' passes the value to nlohmann::json here; the wrapper chain is shown at the finding on line 27
  // CHECK-NOTES: :[[@LINE-15]]:12: note: enum 'Phase' declared here
}

void second(nlohmann::json &j, Phase p) {
  put5(j, p);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: enum 'Phase' is written to nlohmann::json as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  // CHECK-NOTES: :[[@LINE-14]]:71: note: 'put5' passes the value to nlohmann::json here
  // CHECK-NOTES: :[[@LINE-16]]:71: note: 'put4' passes the value to nlohmann::json here
  // CHECK-NOTES: :[[@LINE-18]]:71: note: 'put3' passes the value to nlohmann::json here
  // CHECK-NOTES: :[[@LINE-22]]:76: note: ... through 2 more wrappers, 'put0' passes the value to nlohmann::json here
  // CHECK-NOTES: :[[@LINE-25]]:12: note: enum 'Phase' declared here
}

// A short chain is shown whole.
void third(nlohmann::json &j, Phase p) {
  put1(j, p);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: enum 'Phase' is written to nlohmann::json as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  // CHECK-NOTES: :[[@LINE-29]]:71: note: 'put1' passes the value to nlohmann::json here
  // CHECK-NOTES: :[[@LINE-31]]:76: note: 'put0' passes the value to nlohmann::json here
  // CHECK-NOTES: :[[@LINE-34]]:12: note: enum 'Phase' declared here
}
