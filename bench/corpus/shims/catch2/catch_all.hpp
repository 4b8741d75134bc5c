// Catch2 v3 header name for the corpus, mapped onto the Catch2 v2 single
// header Debian 12 ships (catch2 2.13): enough for the TUs to parse.
#pragma once
#include <catch2/catch.hpp>
#include <catch2/catch_approx.hpp>
