package org.weijian.ledger;

import org.jspecify.annotations.Nullable;

/** A stored entry as the public may see it: the leaf input only for public acts. */
public record LedgerEntryView(long leafIndex, byte[] leafHash, byte @Nullable [] leafInput, String type,
		boolean publicAct) {
}
