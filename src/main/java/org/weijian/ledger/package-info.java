/**
 * Supervision ledger (监管记录账本): an append-only Merkle log in the style of Certificate Transparency
 * (RFC 6962 / RFC 9162) of every act with legal weight, so that the whole enforcement process is recorded
 * and kept (执法全过程记录, 《行政处罚法》Art. 47) and anyone can check that a record is in the log and that
 * the log was only ever appended to. Other modules call {@link org.weijian.ledger.Ledger}; the ledger
 * depends on {@code shared} only, so every module may call it without a cycle.
 */
@ApplicationModule(displayName = "Supervision ledger", allowedDependencies = { "shared" })
@NullMarked
package org.weijian.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
