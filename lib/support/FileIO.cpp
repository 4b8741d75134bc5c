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

llvm::Error writeFileAtomically(
    llvm::StringRef Path,
    llvm::function_ref<llvm::Error(llvm::raw_ostream &)> Write) {
  if (Path == "-") {
    if (llvm::Error E = Write(llvm::outs()))
      return E;
    llvm::outs().flush();
    return llvm::Error::success();
  }
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%%%";
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Model, llvm::sys::fs::all_read |
                                                 llvm::sys::fs::owner_write);
  if (!Temp)
    return outputError(Path, llvm::toString(Temp.takeError()));

  llvm::Error Written = [&]() -> llvm::Error {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    llvm::Error E = Write(OS);
    OS.flush();
    std::error_code StreamError = OS.error();
    // Reported here; the stream must not abort in its destructor.
    OS.clear_error();
    if (E)
      return E;
    if (StreamError)
      return llvm::createStringError(StreamError, StreamError.message());
    return llvm::Error::success();
  }();
  if (Written) {
    llvm::consumeError(Temp->discard());
    return outputError(Path, llvm::toString(std::move(Written)));
  }
  if (llvm::Error E = Temp->keep(Path)) {
    llvm::consumeError(Temp->discard());
    return outputError(Path, llvm::toString(std::move(E)));
  }
  return llvm::Error::success();
}

} // namespace wirecheck
