// Hermetic stand-in for fmt/format.h (fmt 9 shapes: inline v9 namespace,
// format_string, variadic forwarding, formatter specialisation point).
#pragma once
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

namespace fmt {
inline namespace v9 {
template <typename T, typename Char = char, typename Enable = void>
struct formatter {
  formatter() = delete;
};
template <typename Char> struct basic_string_view {
  template <typename S> basic_string_view(const S &) {}
};
using string_view = basic_string_view<char>;
template <typename... Args> struct basic_format_string {
  template <typename S, typename = std::enable_if_t<
                            std::is_convertible_v<const S &, std::string_view>>>
  basic_format_string(const S &) {}
};
template <typename... Args>
using format_string = basic_format_string<std::remove_cv_t<
    std::remove_reference_t<Args>>...>;
template <typename... T>
std::string format(format_string<T...> fmt, T &&...args) {
  return {};
}
template <typename OutputIt, typename... T>
OutputIt format_to(OutputIt out, format_string<T...> fmt, T &&...args) {
  return out;
}
template <typename... T> void print(format_string<T...> fmt, T &&...args) {}
template <typename... T>
void print(std::FILE *f, format_string<T...> fmt, T &&...args) {}
// Adaptors: named arguments, joined ranges, streamed values, underlying.
template <typename Char, typename T> struct named_arg {
  const Char *name;
  const T &value;
};
template <typename T> named_arg<char, T> arg(const char *name, const T &v) {
  return {name, v};
}
template <typename It, typename Sentinel, typename Char = char>
struct join_view {};
template <typename Range>
join_view<typename std::remove_reference_t<Range>::const_iterator,
          typename std::remove_reference_t<Range>::const_iterator>
join(Range &&range, string_view sep) {
  return {};
}
template <typename T> struct streamed_view {
  const T &value;
};
template <typename T> streamed_view<T> streamed(const T &value) {
  return {value};
}
template <typename Enum>
constexpr std::underlying_type_t<Enum> underlying(Enum e) noexcept {
  return static_cast<std::underlying_type_t<Enum>>(e);
}
} // namespace v9
} // namespace fmt
