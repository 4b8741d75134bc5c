//===--- FileIO.cpp - Bounded input files, atomic output files ------------===//

#include "lib/support/FileIO.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

namespace wirecheck {

static llvm::StringRef fileTypeName(llvm::sys::fs::file_type Type) {
  using llvm::sys::fs::file_type;
  switch (Type) {
  case file_type::directory_file:
    return "a directory";
  case file_type::fifo_file:
    return "a FIFO";
  case file_type::character_file:
  case file_type::block_file:
    return "a device";
  case file_type::socket_file:
    return "a socket";
  default:
    return "not a regular file";
  }
}

static llvm::Error inputError(const llvm::Twine &Reason) {
  return llvm::createStringError(
      std::make_error_code(std::errc::invalid_argument), Reason.str());
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(llvm::StringRef Path, uint64_t MaxBytes) {
  // Ask before opening: opening a FIFO for reading blocks until a writer
  // appears, and a device has no end.
  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return inputError(EC.message());
  if (Status.type() != llvm::sys::fs::file_type::regular_file)
    return inputError(llvm::Twine("is ") + fileTypeName(Status.type()) +
                      ", not a regular file");
  if (Status.getSize() > MaxBytes)
    return inputError(llvm::formatv("is {0} bytes, over the limit of {1} bytes",
                                    Status.getSize(), MaxBytes));
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true,
                                            /*RequiresNullTerminator=*/true);
  if (!Buffer)
    return inputError(Buffer.getError().message());
  // The file may have grown between the two looks.
  if ((*Buffer)->getBufferSize() > MaxBytes)
    return inputError(
        llvm::formatv("is over the limit of {0} bytes", MaxBytes));
  return std::move(*Buffer);
}

static llvm::Error outputError(llvm::StringRef Path,
                               const llvm::Twine &Reason) {
  return llvm::createStringError(
      std::make_error_code(std::errc::io_error),
      llvm::formatv("cannot write '{0}': {1}", Path, Reason.str()).str());
}

/// Runs \p Write on \p OS and flushes it; a stream error is returned and
/// cleared, so that LLVM does not abort on it when the stream is destroyed.
static llvm::Error
writeAndFlush(llvm::raw_fd_ostream &OS,
              llvm::function_ref<llvm::Error(llvm::raw_ostream &)> Write) {
  llvm::Error E = Write(OS);
  OS.flush();
  std::error_code StreamError = OS.error();
  OS.clear_error();
  if (E)
    return E;
  if (StreamError)
    return llvm::createStringError(StreamError, StreamError.message());
  return llvm::Error::success();
}

llvm::Error writeFileAtomically(
    llvm::StringRef Path,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> Write) {
  if (Path == "-") {
    if (llvm::Error E = Write(llvm::outs()))
      return E;
    llvm::outs().flush();
    return llvm::Error::success();
  }
  llvm::SmallString<256> Target(Path);
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status)) {
    if (Status.type() != llvm::sys::fs::file_type::regular_file) {
      // /dev/null, a FIFO a reader waits on: nothing to replace, write
      // through.
      std::error_code EC;
      llvm::raw_fd_ostream Direct(Path, EC, llvm::sys::fs::OF_Text);
      if (EC)
        return outputError(Path, EC.message());
      if (llvm::Error E = writeAndFlush(Direct, Write))
        return outputError(Path, llvm::toString(std::move(E)));
      return llvm::Error::success();
    }
    // Through a symbolic link: replace the file it names, keep the link.
    if (std::error_code EC = llvm::sys::fs::real_path(Path, Target))
      return outputError(Path, EC.message());
  }
  llvm::SmallString<256> Model(Target);
  Model += ".tmp-%%%%%%%%";
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Model, llvm::sys::fs::all_read |
                                                 llvm::sys::fs::owner_write);
  if (!Temp)
    return outputError(Path, llvm::toString(Temp.takeError()));
  llvm::Error Written = [&]() -> llvm::Error {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    return writeAndFlush(OS, Write);
  }();
  if (Written) {
    llvm::consumeError(Temp->discard());
    return outputError(Path, llvm::toString(std::move(Written)) +
                                 "; the previous file is left as it was");
  }
  if (llvm::Error E = Temp->keep(Target)) {
    llvm::consumeError(Temp->discard());
    return outputError(Path, llvm::toString(std::move(E)));
  }
  return llvm::Error::success();
}

} // namespace wirecheck
