package org.weijian.ledger;

/** Published when the ledger's self-check finds the log altered; carries the alert. */
public record LedgerIntegrityFailed(LedgerAlert alert) {
}
