package org.weijian.inspection.pool;

import java.time.LocalDate;
import java.util.List;

/**
 * One inspector of a frozen inspector pool: department, jurisdiction, specialties and the subject
 * categories they cover, certificate validity and status, as they were at the freeze.
 */
record FrozenInspector(long inspectorId, String name, long departmentId, String departmentCode, String departmentName,
		String jurisdictionCode, List<String> specialties, List<String> coveredCategories, LocalDate certificateValidFrom,
		LocalDate certificateValidTo, String status, boolean active) {
}
