// Hermetic stand-in for cpp-httplib's httplib.h: the public shapes of
// Server route registration and Client requests.
#pragma once
#include <functional>
#include <map>
#include <string>

namespace httplib {
struct Request {
  std::string path;
  std::string target;
};
struct Response {
  int status = 200;
  void set_content(const std::string &, const std::string &) {}
};
using Headers = std::multimap<std::string, std::string>;
using Params = std::multimap<std::string, std::string>;
struct Result {
  explicit operator bool() const { return true; }
};

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  enum class HandlerResponse { Handled, Unhandled };
  using HandlerWithResponse =
      std::function<HandlerResponse(const Request &, Response &)>;
  Server &set_pre_routing_handler(HandlerWithResponse handler) {
    return *this;
  }
  bool set_mount_point(const std::string &mount_point,
                       const std::string &dir) {
    return true;
  }
  Server &Get(const std::string &pattern, Handler handler) { return *this; }
  Server &Post(const std::string &pattern, Handler handler) { return *this; }
  Server &Put(const std::string &pattern, Handler handler) { return *this; }
  Server &Patch(const std::string &pattern, Handler handler) { return *this; }
  Server &Delete(const std::string &pattern, Handler handler) { return *this; }
  Server &Options(const std::string &pattern, Handler handler) {
    return *this;
  }
  bool listen(const std::string &host, int port) { return true; }
};

class ClientImpl {
public:
  explicit ClientImpl(const std::string &host, int port = 80) {}
  Result Get(const std::string &path) { return {}; }
  Result Get(const std::string &path, const Headers &headers) { return {}; }
  Result Head(const std::string &path) { return {}; }
  Result Post(const std::string &path) { return {}; }
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type) {
    return {};
  }
  Result Put(const std::string &path, const std::string &body,
             const std::string &content_type) {
    return {};
  }
  Result Patch(const std::string &path, const std::string &body,
               const std::string &content_type) {
    return {};
  }
  Result Delete(const std::string &path) { return {}; }
  Result Options(const std::string &path) { return {}; }
};

class Client {
public:
  explicit Client(const std::string &scheme_host_port) {}
  Client(const std::string &host, int port) {}
  Result Get(const std::string &path) { return {}; }
  Result Get(const std::string &path, const Headers &headers) { return {}; }
  Result Head(const std::string &path) { return {}; }
  Result Post(const std::string &path) { return {}; }
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type) {
    return {};
  }
  Result Put(const std::string &path, const std::string &body,
             const std::string &content_type) {
    return {};
  }
  Result Patch(const std::string &path, const std::string &body,
               const std::string &content_type) {
    return {};
  }
  Result Delete(const std::string &path) { return {}; }
  Result Options(const std::string &path) { return {}; }
};
} // namespace httplib
