// RUN: %check_clang_tidy %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'boost::beast::websocket::stream::write;boost::beast::websocket::stream::async_write', wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}"

// Boost.Beast sends take a buffer sequence: net::buffer(x) (that is,
// boost::asio::buffer) is a view of x's bytes, so the sends can be
// PayloadSinks. The declarations below have the shape of Beast's.

#include <cstddef>
#include <string>

namespace boost {
namespace asio {
class const_buffer {
public:
  const_buffer(const void *data, std::size_t size);
};
class mutable_buffer {
public:
  mutable_buffer(void *data, std::size_t size);
};
template <class Elem, class Traits, class Allocator>
const_buffer buffer(const std::basic_string<Elem, Traits, Allocator> &data);
template <class Elem, class Traits, class Allocator>
mutable_buffer buffer(std::basic_string<Elem, Traits, Allocator> &data);
const_buffer buffer(const void *data, std::size_t size);
} // namespace asio
namespace beast {
namespace websocket {
template <class NextLayer, bool deflateSupported = true> class stream {
public:
  template <class ConstBufferSequence>
  std::size_t write(const ConstBufferSequence &buffers);
  template <class ConstBufferSequence, class WriteHandler>
  void async_write(const ConstBufferSequence &buffers, WriteHandler &&handler);
};
} // namespace websocket
} // namespace beast
} // namespace boost

namespace net = boost::asio;
namespace websocket = boost::beast::websocket;
struct tcp_stream {};
struct OnWrite {
  void operator()(int, std::size_t) const;
};

struct Message {
  std::string text;
};
std::string serialize_message_safely(const Message &m);

void wrapped(websocket::stream<tcp_stream> &ws, const Message &m) {
  std::string frame = serialize_message_safely(m);
  ws.write(net::buffer(frame));
  ws.write(boost::asio::buffer(serialize_message_safely(m)));
  ws.async_write(net::buffer(frame), OnWrite{});
}

void raw(websocket::stream<tcp_stream> &ws, const Message &m, bool ok) {
  ws.write(net::buffer(m.text));
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: payload sent to 'boost::beast::websocket::stream::write' does not go through 'serialize_message_safely' [wire-unwrapped-payload]
  std::string frame = "{\"ok\":false}";
  if (ok)
    frame = serialize_message_safely(m);
  ws.async_write(net::buffer(frame), OnWrite{});
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: payload sent to 'boost::beast::websocket::stream::async_write' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-5]]:15: note: this initialization does not go through 'serialize_message_safely'
  // A pointer and a size are not traced to the string they came from.
  ws.write(net::buffer(frame.data(), frame.size()));
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: payload sent to 'boost::beast::websocket::stream::write' does not go through 'serialize_message_safely' [wire-unwrapped-payload]
}
