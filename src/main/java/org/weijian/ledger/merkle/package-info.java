/**
 * RFC 6962 / RFC 9162 Merkle tree arithmetic: leaf and node hashing, compact ranges for O(log n) appends,
 * inclusion and consistency proofs and their verification, and the TreeHeadSignature bytes. Pure code
 * without storage, shared by the ledger, its verifier command and the tests.
 */
@NullMarked
package org.weijian.ledger.merkle;

import org.jspecify.annotations.NullMarked;
