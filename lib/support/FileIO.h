//===--- FileIO.h - Bounded input files, atomic output files ----*- C++ -*-===//
//
// How every wirecheck component reads the files a user names (manifests,
// OpenAPI specs, compile databases, baselines, exported fixes) and writes
// the files it produces (manifests, SARIF logs, baselines).
//
// Reading: only a regular file is opened (a FIFO would block forever, a
// device such as /dev/zero would never end, a directory is a mistake), and
// only up to a size cap, so a bad path is a named error, never a hang or an
// out-of-memory abort. Writing: the content goes to a temporary file in the
// target's directory that is renamed over the target once complete, so a
// reader never sees a torn file and a failed write (a full disk) leaves the
// previous file intact. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_FILEIO_H
#define WIRECHECK_LIB_SUPPORT_FILEIO_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <memory>

namespace wirecheck {

/// The default cap on an input file: 256 MiB, far above any real manifest,
/// spec or compile database, far below what would exhaust memory.
inline constexpr uint64_t DefaultMaxInputBytes = uint64_t(256) << 20;

/// Reads the regular file at \p Path, at most \p MaxBytes long. Fails when
/// the path does not exist, is not a regular file (directory, FIFO, device,
/// socket), is larger than \p MaxBytes, or cannot be read. The error's
/// message is the reason alone ("is a FIFO, not a regular file"): callers
/// name the file in the form their output uses (`file:line:col: ...`,
/// `tool: file: ...`). "-" is not special here.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(llvm::StringRef Path, uint64_t MaxBytes = DefaultMaxInputBytes);

/// Writes \p Path atomically: \p Write fills a temporary file created next
/// to \p Path, which then replaces \p Path by rename. On any failure (the
/// directory cannot take a file, the disk is full, \p Write fails) the
/// temporary file is removed, \p Path is left as it was, and the error names
/// \p Path and the reason. "-" writes to standard output instead; an
/// existing target that is not a regular file (/dev/null, a FIFO) is written
/// directly; a symbolic link keeps pointing at the file it names, which is
/// replaced.
llvm::Error
writeFileAtomically(llvm::StringRef Path,
                    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> Write);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_FILEIO_H
