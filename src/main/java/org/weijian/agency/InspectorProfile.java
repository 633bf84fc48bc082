package org.weijian.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An inspector (执法人员) as other modules and the API see it: the enforcement certificate (执法证) and its
 * validity, the department, the jurisdiction, the specialties and the status. The phone number is only
 * ever shown masked.
 */
public record InspectorProfile(long id, String name, String certificateNo, LocalDate certificateValidFrom,
		LocalDate certificateValidTo, long departmentId, String departmentCode, String departmentName,
		DepartmentKind departmentKind, String departmentRegionCode, String jurisdictionCode, Set<SupervisionDomain> specialties,
		InspectorStatus status, @Nullable String phoneMasked, Instant updatedAt, String updatedBy, int version) {

	/** True when the certificate is valid on {@code day} (both ends inclusive). */
	public boolean certifiedOn(LocalDate day) {
		return !day.isBefore(certificateValidFrom) && !day.isAfter(certificateValidTo);
	}

}
