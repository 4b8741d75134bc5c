// The agent's handler of the run events. Its two bugs are strings the
// compiler cannot check (the incident's WebSocket event that stayed
// unconfigured): it reads the run id as "runId" where the server writes
// "run_id", so it never learns which run is in progress, and it waits for
// "run_finish" where the server emits "run_finished", so no run is ever
// seen finishing. wirecheck-index and wire-message-contract report both.
#include "agent/run_tracker.h"

namespace agent {

void RunTracker::on_event(const nlohmann::json &event) {
  if (!event.is_object() || !event.contains("type"))
    return;
  const std::string type = event["type"].get<std::string>();
  if (type == "run_started") {
    current_run_ = event.value("runId", ""); // expect: wire-message-contract
  } else if (type == "run_finish") { // expect: wire-message-contract
    finished_.push_back(current_run_);
    current_run_.clear();
  }
}

} // namespace agent
