package org.weijian.inspection.draw;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.weijian.shared.DivisionCode;

/**
 * A member of a frozen inspector pool (执法检查人员库): id (decimal string), department code, jurisdiction
 * (a division code), the subject category codes its specialties cover, certificate (执法证) validity and
 * whether it is active.
 */
public record PoolInspector(String id, String departmentCode, String jurisdictionCode, Set<String> coveredCategories,
		@Nullable LocalDate certificateValidFrom, @Nullable LocalDate certificateValidTo, boolean active) {

	public PoolInspector {
		PoolObject.requireId(id, "inspector");
		if (departmentCode == null || jurisdictionCode == null) {
			throw new IllegalArgumentException("inspector " + id + " needs a department and a jurisdiction");
		}
		coveredCategories = Set.copyOf(coveredCategories);
	}

	/** Certified on {@code day}: both ends inclusive; a missing end never certifies. */
	public boolean certifiedOn(LocalDate day) {
		return certificateValidFrom != null && certificateValidTo != null && !day.isBefore(certificateValidFrom)
				&& !day.isAfter(certificateValidTo);
	}

	/** The region prefix this inspector's jurisdiction covers ({@link DivisionCode#significantPrefix}). */
	public String jurisdictionPrefix() {
		return DivisionCode.significantPrefix(jurisdictionCode);
	}

}
