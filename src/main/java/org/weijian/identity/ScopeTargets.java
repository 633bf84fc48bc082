package org.weijian.identity;

import java.util.Optional;

/**
 * What a data scope may point at, answered by the modules that own regions, departments and
 * institutions (each implements the part it owns), so that identity need not depend on them.
 */
public interface ScopeTargets {

	/** The name of the division, if this module owns divisions and it exists. */
	default Optional<String> regionName(String code) {
		return Optional.empty();
	}

	/** The department's region code, if this module owns departments and it exists. */
	default Optional<String> departmentRegion(long departmentId) {
		return Optional.empty();
	}

	/** The institution's region code, if this module owns institutions and it exists. */
	default Optional<String> institutionRegion(long institutionId) {
		return Optional.empty();
	}

}
