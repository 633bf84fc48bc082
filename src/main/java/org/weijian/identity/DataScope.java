package org.weijian.identity;

import org.jspecify.annotations.Nullable;

/**
 * 数据范围 — what part of the deployment a user may see and change: a region subtree (by the region's
 * significant code prefix; empty means everything), optionally one department, and for institution
 * users one institution.
 */
public record DataScope(@Nullable String regionCode, String regionPrefix, @Nullable Long departmentId,
		@Nullable Long institutionId) implements java.io.Serializable {

	public static final DataScope EVERYTHING = new DataScope(null, "", null, null);

	public DataScope {
		if (regionCode == null && !regionPrefix.isEmpty()) {
			throw new IllegalArgumentException("a region prefix needs its region code");
		}
	}

	public boolean unrestrictedRegion() {
		return regionPrefix.isEmpty();
	}

	/** True when the division {@code code} is the scope's region or lies beneath it. */
	public boolean coversRegion(@Nullable String code) {
		return code != null && code.startsWith(regionPrefix);
	}

	/** A SQL {@code LIKE} pattern matching every division code in the scope. */
	public String regionPattern() {
		return regionPrefix + "%";
	}

	public boolean coversDepartment(@Nullable Long id) {
		return departmentId == null || departmentId.equals(id);
	}

	public boolean restrictedToInstitution() {
		return institutionId != null;
	}

}
