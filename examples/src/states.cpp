#include "agent/states.h"

namespace agent {

std::string_view to_string(WebSocketState state) {
  switch (state) {
  case WS_CONNECTING:
    return "connecting";
  case WS_OPEN:
    return "open";
  case WS_AUTHENTICATING:
    return "authenticating";
  case WS_CLOSING:
    return "closing";
  case WS_CLOSED:
    return "closed";
  }
  return "unknown";
}

std::string_view describe(CloseCode code) {
  switch (code) {
  case CloseCode::Normal:
    return "normal closure";
  case CloseCode::GoingAway:
    return "going away";
  case CloseCode::PolicyViolation:
    return "policy violation";
  case CloseCode::InternalError:
    return "internal error";
  }
  return "unknown";
}

} // namespace agent
