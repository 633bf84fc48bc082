package org.weijian.ledger;

/** One stored signed tree head: RFC 6962 §3.5 fields, the raw signature and the signing key's id. */
public record SignedTreeHead(long treeSize, long timestampMillis, byte[] rootHash, byte[] signature, String keyId) {
}
