//===--- WireModule.cpp - The clang-tidy module 'wire' --------------------===//
//
// Registers the checks of the `wire` module, in alphabetical order, with
// clang-tidy's module registry.
//
//===----------------------------------------------------------------------===//

#include "checks/EnumSerializationCheck.h"
#include "checks/MessageContractCheck.h"
#include "checks/ObjectSerializationCheck.h"
#include "checks/RouteMismatchCheck.h"
#include "checks/UnwrappedPayloadCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22
// TODO(LLVM 21): remove; the registry moved into ClangTidyModule.h.
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace clang::tidy {
namespace wire {
namespace {

class WireModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<EnumSerializationCheck>(
        "wire-enum-serialization");
    CheckFactories.registerCheck<MessageContractCheck>("wire-message-contract");
    CheckFactories.registerCheck<ObjectSerializationCheck>(
        "wire-object-serialization");
    CheckFactories.registerCheck<RouteMismatchCheck>("wire-route-mismatch");
    CheckFactories.registerCheck<UnwrappedPayloadCheck>(
        "wire-unwrapped-payload");
  }
};

} // namespace
} // namespace wire

// Registers the module with clang-tidy, both when the plugin is loaded and
// when it is linked into wirecheck-tidy / wirecheck-clangd.
static ClangTidyModuleRegistry::Add<wire::WireModule>
    X("wire-module", "Checks for what a service writes to the wire.");

} // namespace clang::tidy
