//===--- ParamSchema.h - Parameter schemas as value classes -----*- C++ -*-===//
//
// Owns the reading of an OpenAPI path parameter's schema (followed through
// local `$ref`s into `components/schemas`, and `allOf`) into the ValueClass
// of the values it allows: `enum`, `pattern`, `format` (uuid, int32, int64),
// `type` (integer, number, boolean, string), `minimum: 0`, `minLength` and
// `maxLength`. When a schema says several of these, the most specific one
// decides (enum, then pattern, then format, then type) and the lengths
// narrow it: a superset of the allowed values, so a comparison never
// reports a value the schema does not allow. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_PARAMSCHEMA_H
#define WIRECHECK_LIB_ROUTES_PARAMSCHEMA_H

#include "lib/routes/ValueClass.h"
#include "lib/support/DocumentRefs.h"
#include <string>
#include <vector>

namespace wirecheck {

/// The values the schema \p Schema allows; unknown when \p Schema is null,
/// not followed (an external or cyclic `$ref`) or says nothing modelled. An
/// invalid `pattern` adds a message (`line:col: ...` is the caller's) to
/// \p Problems as (node, message) and leaves the class unknown.
ValueClass
schemaValues(const DocNode *Schema, DocumentRefs &Refs,
             std::vector<std::pair<const DocNode *, std::string>> &Problems);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_PARAMSCHEMA_H
