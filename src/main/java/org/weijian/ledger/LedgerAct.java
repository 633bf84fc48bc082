package org.weijian.ledger;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * 监管行为 — one act with legal weight, as the acting module describes it.
 *
 * @param type a ledger entry type code, {@code [a-z][a-z0-9.-]{2,63}}, e.g. {@code registration.approved}
 * @param actor the acting user's name (the caller resolves it; the ledger knows no accounts)
 * @param departmentId the acting department, or null
 * @param subjectType what the act is about, e.g. {@code subject}, {@code licence}, {@code account}
 * @param subjectId the id of that subject
 * @param body JSON-able values only: String, Boolean, Integer/Long/BigInteger (|n| &lt; 2^53), BigDecimal
 *        (written as a JSON string of its plain form), List, Map with String keys, null. No float/double.
 *        Personal data only through {@link Ledger#digestPersonalData(String)}.
 * @param publicAct whether the entry's content may be shown to anyone (otherwise only its leaf hash)
 */
public record LedgerAct(String type, String actor, @Nullable Long departmentId, String subjectType, String subjectId,
		Map<String, ?> body, boolean publicAct) {
}
