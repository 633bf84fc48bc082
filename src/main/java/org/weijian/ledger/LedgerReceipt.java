package org.weijian.ledger;

import java.time.Instant;

/** Where an appended act sits in the log: its leaf index, its RFC 6962 leaf hash (base64) and its timestamp. */
public record LedgerReceipt(long leafIndex, String leafHashBase64, Instant timestamp) {
}
