package org.weijian.identity;

import org.jspecify.annotations.Nullable;

/**
 * Records every change: who, when, what, before and after. Called inside the changing transaction, so a
 * change and its audit entry are written together or not at all.
 */
public interface AuditTrail {

	/**
	 * @param action a stable verb such as {@code institution.created}
	 * @param entityType the kind of record ({@code institution})
	 * @param entityId its id
	 * @param regionCode the division the record belongs to, for scoped viewing (null: deployment-wide)
	 * @param before the state before (null for a creation), serialised to JSON
	 * @param after the state after (null for a deletion), serialised to JSON
	 */
	void record(String action, String entityType, String entityId, @Nullable String regionCode, @Nullable Object before,
			@Nullable Object after);

}
