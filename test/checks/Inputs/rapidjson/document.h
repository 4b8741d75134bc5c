// Hermetic stand-in for RapidJSON's <rapidjson/document.h>: GenericValue and
// GenericDocument with the members a message producer and consumer use.
#pragma once

namespace rapidjson {
template <typename CharType = char> struct UTF8 { using Ch = CharType; };
class CrtAllocator {};
template <typename Ch> struct GenericStringRef {
  GenericStringRef(const Ch *str) : s(str) {}
  const Ch *s;
};
template <typename Ch> GenericStringRef<Ch> StringRef(const Ch *str) {
  return GenericStringRef<Ch>(str);
}
enum Type { kNullType, kObjectType, kStringType };

template <typename Encoding, typename Allocator = CrtAllocator>
class GenericValue {
public:
  using Ch = typename Encoding::Ch;
  struct Member {
    GenericValue name, value;
  };
  GenericValue() {}
  GenericValue(Type t) {}
  GenericValue(int i) {}
  GenericValue(const Ch *s, Allocator &a) {}
  GenericValue &SetObject() { return *this; }
  template <typename T> GenericValue &operator[](T *name) { return *this; }
  template <typename T> const GenericValue &operator[](T *name) const {
    return *this;
  }
  bool HasMember(const Ch *name) const { return false; }
  const Member *FindMember(const Ch *name) const { return nullptr; }
  const Member *MemberEnd() const { return nullptr; }
  const Ch *GetString() const { return ""; }
  int GetInt() const { return 0; }
  bool operator==(const Ch *rhs) const { return false; }
  bool operator!=(const Ch *rhs) const { return true; }
  GenericValue &AddMember(GenericStringRef<Ch> name, GenericValue &value,
                          Allocator &a) {
    return *this;
  }
  GenericValue &AddMember(GenericStringRef<Ch> name, GenericStringRef<Ch> value,
                          Allocator &a) {
    return *this;
  }
  GenericValue &AddMember(GenericValue &name, GenericValue &value,
                          Allocator &a) {
    return *this;
  }
  GenericValue &AddMember(GenericStringRef<Ch> name, int value, Allocator &a) {
    return *this;
  }
  template <typename Handler> bool Accept(Handler &h) const { return true; }
};

template <typename Encoding, typename Allocator = CrtAllocator>
class GenericDocument : public GenericValue<Encoding, Allocator> {
public:
  Allocator &GetAllocator() { return A; }
  GenericDocument &Parse(const char *text) { return *this; }

private:
  Allocator A;
};

using Value = GenericValue<UTF8<>>;
using Document = GenericDocument<UTF8<>>;
} // namespace rapidjson
