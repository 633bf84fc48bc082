package org.weijian.ledger;

import java.util.List;

/** An RFC 6962 audit path of leaf {@code leafIndex} in the tree of the first {@code treeSize} entries. */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> auditPath) {
}
