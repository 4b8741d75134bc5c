// Hermetic stand-in for spdlog/spdlog.h (1.10 shapes: level enum, logger
// methods, free functions, SPDLOG_* macros through logger::log).
#pragma once
#include <fmt/format.h>
#include <memory>

namespace spdlog {
namespace level {
enum level_enum : int { trace, debug, info, warn, err, critical, off };
}
struct source_loc {
  const char *filename;
  int line;
  const char *funcname;
};
template <typename... Args> using format_string_t = fmt::format_string<Args...>;
class logger {
public:
  template <typename... Args>
  void log(source_loc loc, level::level_enum lvl, format_string_t<Args...> fmt,
           Args &&...args) {}
  template <typename... Args>
  void log(level::level_enum lvl, format_string_t<Args...> fmt,
           Args &&...args) {}
  template <typename T> void log(level::level_enum lvl, const T &msg) {}
  template <typename... Args>
  void info(format_string_t<Args...> fmt, Args &&...args) {}
  template <typename... Args>
  void warn(format_string_t<Args...> fmt, Args &&...args) {}
  template <typename... Args>
  void error(format_string_t<Args...> fmt, Args &&...args) {}
  template <typename T> void info(const T &msg) {}
};
logger *default_logger_raw();
template <typename... Args>
void info(format_string_t<Args...> fmt, Args &&...args) {}
template <typename... Args>
void warn(format_string_t<Args...> fmt, Args &&...args) {}
template <typename... Args>
void error(format_string_t<Args...> fmt, Args &&...args) {}
template <typename T> void info(const T &msg) {}
template <typename... Args>
void log(level::level_enum lvl, format_string_t<Args...> fmt, Args &&...args) {}
} // namespace spdlog

#define SPDLOG_LOGGER_CALL(logger, level, ...)                                 \
  (logger)->log(spdlog::source_loc{__FILE__, __LINE__, __func__}, level,       \
                __VA_ARGS__)
#define SPDLOG_INFO(...)                                                       \
  SPDLOG_LOGGER_CALL(spdlog::default_logger_raw(), spdlog::level::info,        \
                     __VA_ARGS__)
#define SPDLOG_ERROR(...)                                                      \
  SPDLOG_LOGGER_CALL(spdlog::default_logger_raw(), spdlog::level::err,         \
                     __VA_ARGS__)
