// Structured-ish logging for WebSocket events: a thin layer over spdlog that
// tags every line with the subsystem.
#pragma once

#include <string_view>
#include <utility>

#include <spdlog/spdlog.h>

namespace agent {

/// Logs a WebSocket event at info level, e.g.
/// `log_ws_event("agent {} reconnected", id)`.
template <typename... Args>
void log_ws_event(fmt::format_string<Args...> format, Args &&...args) {
  spdlog::info("[ws] {}", fmt::format(format, std::forward<Args>(args)...));
}

/// Same at warning level, with the agent id first.
template <typename... Args>
void warn_agent(std::string_view agent_id, fmt::format_string<Args...> format,
                Args &&...args) {
  spdlog::warn("[agent {}] {}", agent_id,
               fmt::format(format, std::forward<Args>(args)...));
}

} // namespace agent
