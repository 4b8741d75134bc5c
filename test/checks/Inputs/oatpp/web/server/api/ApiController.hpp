// Hermetic stand-in for oatpp's ApiController.hpp: the ENDPOINT macro shape
// `ENDPOINT("GET", "/path", name, PATH(Int32, id))`.
#pragma once
#include <memory>
#include <string>

namespace oatpp {
using Int32 = int;
using String = std::string;
namespace web {
namespace protocol {
namespace http {
namespace outgoing {
class Response {};
} // namespace outgoing
} // namespace http
} // namespace protocol
namespace server {
namespace api {
class ApiController {
public:
  using OutgoingResponse = protocol::http::outgoing::Response;
  std::shared_ptr<OutgoingResponse> createResponse(int, const char *) {
    return nullptr;
  }
};
} // namespace api
} // namespace server
} // namespace web
} // namespace oatpp

#define ENDPOINT(METHOD, PATH_, NAME, ...)                                     \
  std::shared_ptr<OutgoingResponse> NAME(__VA_ARGS__)
#define ENDPOINT_ASYNC(METHOD, PATH_, NAME) struct NAME
#define PATH(TYPE, NAME, ...) TYPE NAME
#define BODY_STRING(TYPE, NAME) TYPE NAME
