// The agent's side of the run events: it follows the runs the server tells
// it about over the session (session.cpp sends run_started and
// run_finished). It lives in its own translation unit, as the agent's code
// would live in its own program: only an index of the whole project sees
// that the two sides spell the events differently.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace agent {

class RunTracker {
public:
  /// Handles one event frame from the server.
  void on_event(const nlohmann::json &event);

  /// The run in progress ("" when none is known).
  const std::string &current_run() const { return current_run_; }
  /// The runs seen finishing, oldest first.
  const std::vector<std::string> &finished() const { return finished_; }

private:
  std::string current_run_;
  std::vector<std::string> finished_;
};

} // namespace agent
