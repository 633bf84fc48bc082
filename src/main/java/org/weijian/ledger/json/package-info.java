/** RFC 8785 JSON Canonicalization Scheme (JCS) for the values a ledger entry may hold. */
@NullMarked
package org.weijian.ledger.json;

import org.jspecify.annotations.NullMarked;
