package org.weijian.ledger;

import java.time.Instant;

/** A tree-head signing key, current or retired; {@code publicKey} is X.509 SubjectPublicKeyInfo DER. */
public record LedgerPublicKey(String keyId, String algorithm, byte[] publicKey, String hashAlgorithm, Instant createdAt,
		boolean current) {
}
