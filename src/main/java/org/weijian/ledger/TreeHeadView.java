package org.weijian.ledger;

/**
 * The latest signed tree head (签名树头) and the log's current size.
 *
 * @param treeSize entries covered by the signed head
 * @param timestampMillis the head's timestamp, ms since the epoch
 * @param hashAlgorithm {@code SHA-256} or {@code SM3}, fixed per log
 * @param rootHashBase64 the root hash of the first {@code treeSize} entries
 * @param signatureBase64 the raw signature over the RFC 6962 §3.5 TreeHeadSignature bytes
 * @param signatureAlgorithm {@code Ed25519} or {@code SM2}
 * @param keyId the id of the signing key (see {@code GET /api/v1/ledger/public-keys})
 * @param currentSize entries appended so far, including those not yet covered by a signed head
 */
public record TreeHeadView(long treeSize, long timestampMillis, String hashAlgorithm, String rootHashBase64,
		String signatureBase64, String signatureAlgorithm, String keyId, long currentSize) {

	/** The head's hash field name in the RFC 6962-shaped API, e.g. {@code sha256_root_hash}. */
	public String rootHashField() {
		return hashAlgorithm.replace("-", "").toLowerCase(java.util.Locale.ROOT) + "_root_hash";
	}

}
