//===--- FileIOTest.cpp - Bounded reads and atomic writes -----------------===//

#include "lib/support/FileIO.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <sys/stat.h>

namespace wirecheck {
namespace {

class FileIOTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("wirecheck-fileio", Dir));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }
  std::string path(llvm::StringRef Name) const {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, Name);
    return std::string(P);
  }
  void writePlain(llvm::StringRef Name, llvm::StringRef Text) const {
    std::error_code EC;
    llvm::raw_fd_ostream OS(path(Name), EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }
  llvm::SmallString<256> Dir;
};

static std::string errorText(llvm::Error E) {
  return E ? llvm::toString(std::move(E)) : std::string();
}

TEST_F(FileIOTest, ReadsARegularFile) {
  writePlain("m.json", "{}");
  auto Buffer = readInputFile(path("m.json"));
  ASSERT_TRUE(static_cast<bool>(Buffer));
  EXPECT_EQ((*Buffer)->getBuffer(), "{}");
}

TEST_F(FileIOTest, RefusesADirectoryAFifoAndADevice) {
  auto Dir = readInputFile(path(""));
  EXPECT_NE(errorText(Dir.takeError()).find("is a directory"),
            std::string::npos);
  ASSERT_EQ(::mkfifo(path("fifo").c_str(), 0600), 0);
  auto Fifo = readInputFile(path("fifo"));
  std::string Message = errorText(Fifo.takeError());
  EXPECT_NE(Message.find("is a FIFO"), std::string::npos) << Message;
  auto Zero = readInputFile("/dev/zero");
  EXPECT_NE(errorText(Zero.takeError()).find("is a device"), std::string::npos);
}

TEST_F(FileIOTest, RefusesAFileOverTheCapAndAMissingOne) {
  writePlain("big.json", std::string(100, ' '));
  auto Big = readInputFile(path("big.json"), 99);
  EXPECT_NE(errorText(Big.takeError()).find("over the limit of 99"),
            std::string::npos);
  EXPECT_TRUE(static_cast<bool>(readInputFile(path("big.json"), 100)));
  auto Missing = readInputFile(path("none.json"));
  EXPECT_NE(errorText(Missing.takeError()).find("No such file"),
            std::string::npos);
}

TEST_F(FileIOTest, WritesAtomicallyAndKeepsTheOldFileOnFailure) {
  writePlain("out.json", "old");
  ASSERT_FALSE(errorText(writeFileAtomically(path("out.json"),
                                             [](llvm::raw_ostream &OS) {
                                               OS << "new";
                                               return llvm::Error::success();
                                             }))
                   .size());
  EXPECT_EQ((*readInputFile(path("out.json")))->getBuffer(), "new");

  std::string Message = errorText(
      writeFileAtomically(path("out.json"), [](llvm::raw_ostream &OS) {
        OS << "half";
        return llvm::createStringError(
            std::make_error_code(std::errc::invalid_argument), "gave up");
      }));
  EXPECT_NE(Message.find("gave up"), std::string::npos) << Message;
  EXPECT_EQ((*readInputFile(path("out.json")))->getBuffer(), "new");
  // No temporary file is left behind.
  std::error_code EC;
  unsigned Entries = 0;
  for (llvm::sys::fs::directory_iterator I(Dir, EC), E; I != E && !EC;
       I.increment(EC))
    ++Entries;
  EXPECT_EQ(Entries, 1u);
}

TEST_F(FileIOTest, AnUnwritableTargetIsAnErrorNotAnAbort) {
  // A full disk is exercised on a small tmpfs by test/reliability; here the
  // directory itself is missing.
  std::string Message = errorText(writeFileAtomically(
      path("missing-dir/out.json"),
      [](llvm::raw_ostream &) { return llvm::Error::success(); }));
  EXPECT_NE(Message.find("cannot write"), std::string::npos) << Message;
  EXPECT_NE(Message.find("missing-dir/out.json"), std::string::npos);
}

} // namespace
} // namespace wirecheck
