package org.weijian.ledger;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The self-check found the log altered (账本完整性告警): a stored entry no longer matches its leaf hash, or
 * the leaves no longer give the signed root. Shown on the dashboard until a later check passes.
 *
 * @param detectedAt when the failing check ran
 * @param leafIndex the first entry found altered, or null when only the root or a signature failed
 * @param entryType that entry's type, or null
 * @param mismatches how many entries failed
 * @param detail a technical description (English) for the log and the administrator
 */
public record LedgerAlert(Instant detectedAt, @Nullable Long leafIndex, @Nullable String entryType, long mismatches,
		String detail) {
}
