package org.weijian.ledger.merkle;

/** The hash of the perfect subtree of 2^level leaves starting at leaf {@code index * 2^level} (level 0: a leaf hash). */
@FunctionalInterface
public interface SubtreeSource {

	byte[] hash(int level, long index);

}
