// Catch2 v3 header name for the corpus, mapped onto the Catch2 v2 single
// header Debian 12 ships (catch2 2.13): enough for the TUs to parse. v3
// names the floating-point matcher `Catch::Approx`; v2 has it as
// `Catch::Detail::Approx` (and `::Approx`).
#pragma once
#include <catch2/catch.hpp>
namespace Catch {
using Detail::Approx;
} // namespace Catch
