//===--- SinkFamily.cpp - Sink families and serializer protocols ----------===//

#include "lib/sinks/SinkFamily.h"
#include "llvm/Support/ErrorHandling.h"

using llvm::StringRef;

namespace wirecheck {

StringRef familyName(SinkFamily F) {
  switch (F) {
  case SinkFamily::NlohmannJson:
    return "nlohmann::json";
  case SinkFamily::RapidJson:
    return "a RapidJSON value";
  case SinkFamily::JsonCpp:
    return "Json::Value";
  case SinkFamily::Fmt:
    return "fmt";
  case SinkFamily::Spdlog:
    return "spdlog";
  case SinkFamily::StdFormat:
    return "std::format";
  case SinkFamily::Printf:
    return "a printf-style format";
  case SinkFamily::Ostream:
    return "an output stream";
  case SinkFamily::Absl:
    return "absl string formatting";
  case SinkFamily::ProjectLog:
    return "a log sink";
  case SinkFamily::ProjectJson:
    return "a JSON sink";
  }
  llvm_unreachable("unknown sink family");
}

SerializerProtocol serializerProtocol(SinkFamily F) {
  switch (F) {
  case SinkFamily::NlohmannJson:
  case SinkFamily::ProjectJson:
    return SerializerProtocol::NlohmannToJson;
  case SinkFamily::Fmt:
  case SinkFamily::Spdlog:
    return SerializerProtocol::FmtFormatter;
  case SinkFamily::StdFormat:
    return SerializerProtocol::StdFormatter;
  case SinkFamily::Absl:
    return SerializerProtocol::AbslStringify;
  case SinkFamily::ProjectLog:
    return SerializerProtocol::AnyText;
  case SinkFamily::Ostream:
    // Overload resolution already picked the stream's own operator<<: a
    // user operator<< visible at the call would have won.
  case SinkFamily::RapidJson:
  case SinkFamily::JsonCpp:
  case SinkFamily::Printf:
    return SerializerProtocol::None;
  }
  llvm_unreachable("unknown sink family");
}

bool isJsonFamily(SinkFamily F) {
  return F == SinkFamily::NlohmannJson || F == SinkFamily::RapidJson ||
         F == SinkFamily::JsonCpp || F == SinkFamily::ProjectJson;
}

} // namespace wirecheck
