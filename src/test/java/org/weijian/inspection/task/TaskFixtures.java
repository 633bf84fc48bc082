package org.weijian.inspection.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.InspectorProfile;
import org.weijian.agency.Inspectors;
import org.weijian.agency.NewDepartment;
import org.weijian.agency.NewInspector;
import org.weijian.inspection.DrawnTask;
import org.weijian.inspection.PlanDrawn;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;

/**
 * Real subjects, departments and inspectors created through the registry and agency APIs (as system
 * work), and {@link PlanDrawn} events published inside a transaction the way the draw does.
 */
final class TaskFixtures {

	private static final AtomicLong SEQ = new AtomicLong((System.currentTimeMillis() / 7) % 40_000_000 + 50_000_000);

	private final SubjectRegistration registration;

	private final Departments departments;

	private final Inspectors inspectors;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	TaskFixtures(SubjectRegistration registration, Departments departments, Inspectors inspectors, ApplicationEventPublisher events,
			TransactionTemplate tx) {
		this.registration = registration;
		this.departments = departments;
		this.inspectors = inspectors;
		this.events = events;
		this.tx = tx;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(SEQ.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
	}

	private static String organizationCode() {
		String body = String.format("%08d", SEQ.incrementAndGet() % 100_000_000);
		return body + Uscc.organizationCheckCharacter(body);
	}

	SubjectRecord subject(String category, String name, String region) {
		boolean hospital = !category.equals("PUBLIC_PLACE");
		String uscc = Uscc.withCheckCharacter("12" + region.substring(0, 6) + organizationCode());
		if (hospital) {
			return registration.register(new SubjectDraft(null, category, name, uscc, region, null, "测试路 1 号", "张三", "李四", "LEVEL2_A",
					"PUBLIC", false, organizationCode() + region.substring(0, 6) + "11A1001", 120, List.of("内科"), Map.of()));
		}
		return registration.register(new SubjectDraft(null, category, name, uscc, region, null, "测试路 2 号", "张三", "李四", null, null,
				null, null, null, null, Map.of("placeType", "HOTEL")));
	}

	DepartmentView department(String region) {
		String code = unique("T" + region);
		return departments.create(new NewDepartment(code, "测试卫生监督所" + code, "HEALTH_SUPERVISION", region));
	}

	InspectorProfile inspector(DepartmentView department, String jurisdiction) {
		return inspectors.create(new NewInspector("监督员" + SEQ.incrementAndGet() % 1000, unique("C"), "2020-01-01", "2035-12-31",
				department.id(), jurisdiction, List.of("MEDICAL_SERVICE", "PUBLIC_PLACE_HYGIENE"), null));
	}

	static DrawnTask staffed(int index, SubjectRecord s, InspectorProfile... chosen) {
		return new DrawnTask(index, s.id(), s.name(), s.regionCode(), s.categoryCode(), "ALL",
				java.util.Arrays.stream(chosen).map(InspectorProfile::id).toList(), null);
	}

	static DrawnTask unstaffed(int index, SubjectRecord s, String reason) {
		return new DrawnTask(index, s.id(), s.name(), s.regionCode(), s.categoryCode(), "ALL", List.of(), reason);
	}

	/** Publishes the event in a transaction, as the draw's confirmation does. */
	PlanDrawn drawn(long planId, String drawId, String region, long departmentId, LocalDate windowStart, LocalDate deadline,
			int publicationWorkingDays, List<DrawnTask> tasks) {
		PlanDrawn event = new PlanDrawn(planId, drawId, "测试抽查计划 " + drawId, region, departmentId, windowStart, deadline,
				publicationWorkingDays, tasks);
		publish(event);
		return event;
	}

	void publish(PlanDrawn event) {
		tx.executeWithoutResult(status -> events.publishEvent(event));
	}

	static long next() {
		return SEQ.incrementAndGet();
	}

}
