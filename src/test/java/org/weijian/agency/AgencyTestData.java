package org.weijian.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates uniquely coded departments and uniquely numbered inspectors through the module's API, as
 * system work (no user, so no scope limit); tests never assume an empty database.
 */
final class AgencyTestData {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);

	private final Departments departments;

	private final Inspectors inspectors;

	AgencyTestData(Departments departments, Inspectors inspectors) {
		this.departments = departments;
		this.inspectors = inspectors;
	}

	static String unique(String prefix) {
		return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
	}

	DepartmentView department(String region, DepartmentKind kind) {
		return departments.create(new NewDepartment(unique("T" + region), "测试" + kind.name() + SEQ.get(), kind.name(), region));
	}

	InspectorProfile inspector(DepartmentView department, String jurisdiction, LocalDate from, LocalDate to,
			SupervisionDomain... specialties) {
		return inspectors.create(new NewInspector("测试员" + SEQ.incrementAndGet(), unique("C"), from.toString(), to.toString(),
				department.id(), jurisdiction, java.util.Arrays.stream(specialties).map(Enum::name).toList(), null));
	}

	InspectorProfile inspector(DepartmentView department, String jurisdiction, SupervisionDomain... specialties) {
		return inspector(department, jurisdiction, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2), specialties);
	}

	static List<String> names(SupervisionDomain... domains) {
		return java.util.Arrays.stream(domains).map(Enum::name).toList();
	}

}
