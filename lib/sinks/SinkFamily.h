//===--- SinkFamily.h - Sink families and serializer protocols --*- C++ -*-===//
//
// The vocabulary at the bottom of lib/sinks: the families of sinks a value
// can be written to (a JSON library, a format library, a stream, a project
// sink) and the serializer protocol each family consults, i.e. what "this
// type knows how to write itself here" means for it. Depends on nothing.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_SINKFAMILY_H
#define WIRECHECK_LIB_SINKS_SINKFAMILY_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace wirecheck {

enum class SinkFamily : uint8_t {
  NlohmannJson,
  RapidJson,
  JsonCpp,
  Fmt,
  Spdlog,
  StdFormat,
  Printf,
  Ostream,
  Absl,
  ProjectLog,
  ProjectJson,
};

/// How a type declares that it knows how to write itself to a sink family.
enum class SerializerProtocol : uint8_t {
  None,           ///< The family has no per-type customisation point.
  NlohmannToJson, ///< `to_json` found by ADL, or `adl_serializer<T>`.
  FmtFormatter,   ///< `fmt::formatter<T>` or `format_as`.
  StdFormatter,   ///< `std::formatter<T>`.
  Ostream,        ///< `operator<<(std::ostream&, const T&)`.
  AbslStringify,  ///< `AbslStringify(Sink&, const T&)`.
  AnyText,        ///< Any of the text protocols (project log sinks).
};

/// A human-readable name for the family, used in diagnostics.
llvm::StringRef familyName(SinkFamily F);

/// The protocol a value's type must implement to be written to family \p F
/// by a serializer of its own.
SerializerProtocol serializerProtocol(SinkFamily F);

/// Returns true for the families that build a JSON document.
bool isJsonFamily(SinkFamily F);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_SINKFAMILY_H
