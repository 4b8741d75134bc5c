// Hermetic stand-in for <format>/<print> (libstdc++ 12 has neither): the
// shapes wire-enum-serialization relies on, in namespace std.
#pragma once
#include <string>
#include <string_view>
#include <type_traits>

namespace std {
template <typename T, typename CharT = char> struct formatter;
template <typename... Args> struct basic_format_string_stub {
  template <typename S, typename = enable_if_t<
                            is_convertible_v<const S &, string_view>>>
  basic_format_string_stub(const S &) {}
};
template <typename... Args>
using format_string_stub =
    basic_format_string_stub<remove_cvref_t<Args>...>;
template <typename... Args>
string format(format_string_stub<Args...> fmt, Args &&...args) {
  return {};
}
template <typename... Args>
void print(format_string_stub<Args...> fmt, Args &&...args) {}
} // namespace std
