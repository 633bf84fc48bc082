/**
 * The {@code verify-ledger} command: a client of the ledger's public API that checks signed heads,
 * consistency, entries and inclusion without a database. Exposed as a named interface so that the
 * application's {@code main} can dispatch to it before Spring starts.
 */
@NamedInterface("verify")
@NullMarked
package org.weijian.ledger.verify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
