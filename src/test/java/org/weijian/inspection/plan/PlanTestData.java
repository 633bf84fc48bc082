package org.weijian.inspection.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.weijian.agency.DepartmentKind;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.agency.NewDepartment;
import org.weijian.registry.subject.SubjectDraft;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.shared.Uscc;

/** Uniquely coded departments (as system work) and plan bodies for the plan tests. */
final class PlanTestData {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);

	private final Departments departments;

	private final SubjectRegistration subjects;

	PlanTestData(Departments departments, SubjectRegistration subjects) {
		this.departments = departments;
		this.subjects = subjects;
	}

	/** Registers a general hospital (as system work) and answers its id. */
	long hospital(String region) {
		String body = String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
		String org = body + Uscc.organizationCheckCharacter(body);
		String uscc = Uscc.withCheckCharacter("12" + region + org);
		return subjects.register(new SubjectDraft(null, "GENERAL_HOSPITAL", "计划测试医院" + RUN + SEQ.get(), uscc, region, null, "测试路 1 号",
				"张三", "李四", "LEVEL2_A", "PUBLIC", false, org + region + "11A1001", 120, List.of("内科"), Map.of())).id();
	}

	DepartmentView department(String region, DepartmentKind kind) {
		int n = SEQ.incrementAndGet();
		return departments.create(new NewDepartment("P" + region + "-" + RUN + "-" + n, "计划测试部门" + RUN + n, kind.name(), region));
	}

	/** A valid by-tier plan body for the API, numbers as JSON numbers. */
	static Map<String, Object> body(long departmentId, String region, LocalDate today) {
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("year", today.getYear());
		b.put("title", "双随机抽查计划 " + RUN + "-" + SEQ.incrementAndGet());
		b.put("level", "MUNICIPAL");
		b.put("documentNo", "盘卫监发〔2026〕1号");
		b.put("departmentId", departmentId);
		b.put("regionCode", region);
		b.put("categories", List.of("GENERAL_HOSPITAL", "CLINIC"));
		b.put("ratioMode", "BY_TIER");
		b.put("ratios", Map.of("A", "0.05", "B", "0.2", "C", "0.6000", "D", "1"));
		b.put("inspectorsPerTask", 2);
		b.put("capPerInspector", 5);
		b.put("windowStart", today.plusDays(20).toString());
		b.put("deadline", today.plusDays(120).toString());
		b.put("publicationWorkingDays", 20);
		List<Map<String, Object>> sources = new ArrayList<>();
		sources.add(source("福彩3D 开奖号码", today.plusDays(10), 3, 0, 9));
		sources.add(source("双色球 开奖号码", today.plusDays(11), 7, 1, 33));
		b.put("sources", sources);
		return b;
	}

	static Map<String, Object> source(String name, LocalDate on, int count, long min, long max) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("description", "中国福利彩票发行管理中心公布的开奖结果");
		s.put("availableOn", on.toString());
		s.put("valueCount", count);
		s.put("minValue", min);
		s.put("maxValue", max);
		return s;
	}

}
