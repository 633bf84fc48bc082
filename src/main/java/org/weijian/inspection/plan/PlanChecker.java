package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.agency.DepartmentStatus;
import org.weijian.agency.DepartmentView;
import org.weijian.agency.Departments;
import org.weijian.identity.CurrentUsers;
import org.weijian.region.Regions;
import org.weijian.registry.CategoryEntry;
import org.weijian.registry.SubjectCategoryCatalogue;
import org.weijian.registry.SubjectKind;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.Violations;

/**
 * Checks a {@link PlanDraft} field by field and names every bad field (400), then refuses a region
 * outside the caller's data scope (403). Numbers the law or the rule table fixes come from
 * {@link PlanRules}.
 */
@Component
class PlanChecker {

	/** Business dates (a source's announced day, today) are dates in China. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final List<String> TIERS = List.of("A", "B", "C", "D");

	private static final int MAX_SOURCES = 5;

	private static final int MAX_VALUES = 20;

	private static final int MAX_PUBLICATION_DAYS = 60;

	private static final int MAX_INSPECTORS_PER_TASK = 20;

	private static final int MAX_CAP = 10_000;

	private final Departments departments;

	private final Regions regions;

	private final SubjectCategoryCatalogue categories;

	private final PlanRules rules;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	PlanChecker(Departments departments, Regions regions, SubjectCategoryCatalogue categories, PlanRules rules, CurrentUsers currentUsers,
			Clock clock) {
		this.departments = departments;
		this.regions = regions;
		this.categories = categories;
		this.rules = rules;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	CheckedPlan check(PlanDraft d) {
		Violations v = new Violations();
		Integer year = integer(v, "year", d.year(), 2000, 2100, true);
		String title = v.text("title", d.title(), 200, true);
		PlanLevel level = v.parse("level", d.level(), s -> parse(PlanLevel.class, s));
		String documentNo = v.text("documentNo", d.documentNo(), 100, false);
		DepartmentView department = department(v, "departmentId", d.departmentId());
		String region = region(v, d.regionCode());
		SubjectKind kind = blank(d.subjectKind()) ? null : v.parse("subjectKind", d.subjectKind(), s -> parse(SubjectKind.class, s));
		List<String> categoryCodes = categories(v, d.categories(), kind);
		RatioMode mode = v.parse("ratioMode", d.ratioMode(), s -> parse(RatioMode.class, s));
		Map<String, BigDecimal> ratios = mode == null ? Map.of() : ratios(v, mode, d.ratios());
		int min = rules.minInspectorsPerTask();
		List<JointDepartment> joint = jointDepartments(v, d.departments(), min);
		Integer perTask = perTask(v, d.inspectorsPerTask(), joint, min);
		Integer cap = integer(v, "capPerInspector", d.capPerInspector(), 1, MAX_CAP, false);
		LocalDate windowStart = date(v, "windowStart", d.windowStart());
		LocalDate deadline = date(v, "deadline", d.deadline());
		if (windowStart != null && deadline != null && windowStart.isAfter(deadline)) {
			v.add("deadline", "error.inspection.plan.deadline-before-start");
		}
		if (deadline != null && deadline.isBefore(today())) {
			v.add("deadline", "error.inspection.plan.deadline-past");
		}
		Integer publication = blank(d.publicationWorkingDays()) ? Integer.valueOf(rules.defaultPublicationWorkingDays())
				: integer(v, "publicationWorkingDays", d.publicationWorkingDays(), 1, MAX_PUBLICATION_DAYS, true);
		List<EntropySourceSpec> sources = sources(v, d.sources(), deadline);
		v.throwIfAny();
		if (!currentUsers.scope().coversRegion(region)) {
			throw new AccessDeniedToScopeException();
		}
		return new CheckedPlan(year, title, level, documentNo, department.id(), department.code(), department.name(), region, categoryCodes,
				kind == null ? null : kind.name(), mode, ratios, perTask, joint, cap, windowStart, deadline, publication, sources);
	}

	private @Nullable String region(Violations v, @Nullable String raw) {
		String code = v.parse("regionCode", raw, r -> DivisionCode.of(r).value());
		if (code != null && !regions.exists(code)) {
			v.add("regionCode", "error.division.unknown", code);
			return null;
		}
		return code;
	}

	/** The department by id if it exists, is visible to the caller and active. */
	private @Nullable DepartmentView department(Violations v, String field, @Nullable String raw) {
		Long id = v.parse(field, raw, PlanChecker::parseLong);
		if (id == null) {
			return null;
		}
		Optional<DepartmentView> found = departments.find(id);
		if (found.isEmpty()) {
			v.add(field, "error.inspection.plan.department-unknown", id);
			return null;
		}
		if (found.get().status() != DepartmentStatus.ACTIVE) {
			v.add(field, "error.inspection.plan.department-inactive", found.get().name());
			return null;
		}
		return found.get();
	}

	private List<String> categories(Violations v, @Nullable List<String> raw, @Nullable SubjectKind kind) {
		Set<String> codes = new TreeSet<>();
		if (raw != null) {
			raw.stream().filter(c -> !blank(c)).map(String::strip).forEach(codes::add);
		}
		if (codes.isEmpty()) {
			v.add("categories", "error.field.required");
			return List.of();
		}
		for (String code : codes) {
			Optional<CategoryEntry> entry = categories.find(code);
			if (entry.isEmpty() || !entry.get().active()) {
				v.add("categories", "error.inspection.plan.category-unknown", code);
			}
			else if (kind != null && entry.get().kind() != kind) {
				v.add("categories", "error.inspection.plan.category-kind", code, kind.name());
			}
		}
		return List.copyOf(codes);
	}

	private Map<String, BigDecimal> ratios(Violations v, RatioMode mode, @Nullable Map<String, String> raw) {
		Map<String, String> given = raw == null ? Map.of() : normalise(raw);
		Map<String, BigDecimal> ratios = new LinkedHashMap<>();
		List<String> tiers = mode == RatioMode.BY_TIER ? TIERS : List.of("ALL");
		for (String key : given.keySet()) {
			if (!tiers.contains(key)) {
				v.add("ratios." + key, "error.inspection.plan.ratio-tier", key, mode.name());
			}
		}
		boolean anyPositive = false;
		for (String tier : tiers) {
			String value = given.get(tier);
			BigDecimal ratio;
			if (blank(value)) {
				if (mode == RatioMode.UNIFORM) {
					v.add("ratios.ALL", "error.field.required");
					continue;
				}
				ratio = rules.defaultRatio(tier);
			}
			else {
				ratio = ratio(v, "ratios." + tier, value);
			}
			if (ratio != null) {
				ratios.put(tier, ratio);
				anyPositive |= ratio.signum() > 0;
			}
		}
		if (ratios.size() == tiers.size() && !anyPositive) {
			v.add("ratios", "error.inspection.plan.ratios-zero");
		}
		return ratios;
	}

	private static Map<String, String> normalise(Map<String, String> raw) {
		Map<String, String> m = new LinkedHashMap<>();
		raw.forEach((k, val) -> m.put(k == null ? "" : k.strip().toUpperCase(Locale.ROOT), val));
		return m;
	}

	/** A decimal between 0 and 1 with at most four places, read exactly (never as a binary float). */
	static @Nullable BigDecimal ratio(Violations v, String field, String raw) {
		BigDecimal r;
		try {
			r = new BigDecimal(raw.strip());
		}
		catch (NumberFormatException ex) {
			v.add(field, "error.inspection.plan.ratio-format", raw.strip());
			return null;
		}
		r = r.stripTrailingZeros();
		if (r.scale() < 0) {
			r = r.setScale(0);
		}
		if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0 || r.scale() > 4) {
			v.add(field, "error.inspection.plan.ratio-format", raw.strip());
			return null;
		}
		return r;
	}

	private List<JointDepartment> jointDepartments(Violations v, @Nullable List<PlanDraft.Department> raw, int min) {
		List<JointDepartment> joint = new ArrayList<>();
		if (raw == null) {
			return joint;
		}
		Set<Long> seen = new HashSet<>();
		int total = 0;
		for (int i = 0; i < raw.size(); i++) {
			PlanDraft.Department d = raw.get(i);
			if (d == null || (blank(d.departmentId()) && blank(d.inspectors()))) {
				continue;
			}
			String field = "departments[" + i + "]";
			DepartmentView dept = department(v, field + ".departmentId", d.departmentId());
			Integer count = integer(v, field + ".inspectors", d.inspectors(), 1, MAX_INSPECTORS_PER_TASK, true);
			if (dept != null && !seen.add(dept.id())) {
				v.add(field + ".departmentId", "error.inspection.plan.department-twice", dept.name());
				continue;
			}
			if (dept != null && count != null) {
				joint.add(new JointDepartment(dept.id(), dept.code(), dept.name(), count));
				total += count;
			}
		}
		if (!joint.isEmpty() && total < min) {
			v.add("departments", "error.inspection.plan.joint-too-few", total, min);
		}
		joint.sort(Comparator.comparing(JointDepartment::departmentCode));
		return List.copyOf(joint);
	}

	private @Nullable Integer perTask(Violations v, @Nullable String raw, List<JointDepartment> joint, int min) {
		if (!joint.isEmpty()) {
			int total = joint.stream().mapToInt(JointDepartment::inspectors).sum();
			Integer given = blank(raw) ? null : integer(v, "inspectorsPerTask", raw, 1, 1000, false);
			if (given != null && given != total) {
				v.add("inspectorsPerTask", "error.inspection.plan.joint-total", given, total);
			}
			return total;
		}
		if (blank(raw)) {
			return min;
		}
		Integer n = integer(v, "inspectorsPerTask", raw, 1, MAX_INSPECTORS_PER_TASK, true);
		if (n != null && n < min) {
			v.add("inspectorsPerTask", "error.inspection.plan.too-few-inspectors", min);
			return null;
		}
		return n;
	}

	private List<EntropySourceSpec> sources(Violations v, @Nullable List<PlanDraft.Source> raw, @Nullable LocalDate deadline) {
		List<PlanDraft.Source> given = new ArrayList<>();
		if (raw != null) {
			for (PlanDraft.Source s : raw) {
				if (s != null && !empty(s)) {
					given.add(s);
				}
			}
		}
		if (given.isEmpty() || given.size() > MAX_SOURCES) {
			v.add("sources", "error.inspection.plan.source-count", MAX_SOURCES);
			return List.of();
		}
		LocalDate today = today();
		Set<String> names = new HashSet<>();
		List<EntropySourceSpec> specs = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			PlanDraft.Source s = given.get(i);
			String f = "sources[" + i + "].";
			String name = v.text(f + "name", s.name(), 100, true);
			if (name != null && !names.add(name)) {
				v.add(f + "name", "error.inspection.plan.source-name-twice", name);
			}
			String description = v.text(f + "description", s.description(), 500, true);
			LocalDate on = date(v, f + "availableOn", s.availableOn());
			if (on != null && !on.isAfter(today)) {
				v.add(f + "availableOn", "error.inspection.plan.source-not-future", on.toString());
			}
			else if (on != null && deadline != null && on.isAfter(deadline)) {
				v.add(f + "availableOn", "error.inspection.plan.source-after-deadline", on.toString());
			}
			Integer count = integer(v, f + "valueCount", s.valueCount(), 1, MAX_VALUES, true);
			Long lo = longValue(v, f + "minValue", s.minValue());
			Long hi = longValue(v, f + "maxValue", s.maxValue());
			if (lo != null && lo < 0) {
				v.add(f + "minValue", "error.inspection.plan.source-min-negative");
				lo = null;
			}
			if (lo != null && hi != null && lo > hi) {
				v.add(f + "maxValue", "error.inspection.plan.source-range", lo, hi);
			}
			if (name != null && description != null && on != null && count != null && lo != null && hi != null) {
				specs.add(new EntropySourceSpec(i, name, description, on, count, lo, hi));
			}
		}
		return List.copyOf(specs);
	}

	private static boolean empty(PlanDraft.Source s) {
		return blank(s.name()) && blank(s.description()) && blank(s.availableOn()) && blank(s.valueCount()) && blank(s.minValue())
				&& blank(s.maxValue());
	}

	private static @Nullable Integer integer(Violations v, String field, @Nullable String raw, int min, int max, boolean required) {
		if (blank(raw)) {
			if (required) {
				v.add(field, "error.field.required");
			}
			return null;
		}
		int n;
		try {
			n = Integer.parseInt(raw.strip());
		}
		catch (NumberFormatException ex) {
			v.add(field, "error.field.number");
			return null;
		}
		if (n < min || n > max) {
			v.add(field, "error.inspection.plan.between", min, max);
			return null;
		}
		return n;
	}

	private static @Nullable Long longValue(Violations v, String field, @Nullable String raw) {
		return v.parse(field, raw, PlanChecker::parseLong);
	}

	private static @Nullable LocalDate date(Violations v, String field, @Nullable String raw) {
		return v.parse(field, raw, s -> {
			try {
				return LocalDate.parse(s.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidValueException("error.field.date");
			}
		});
	}

	private static long parseLong(String s) {
		try {
			return Long.parseLong(s.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("error.field.number");
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String raw) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("error.field.invalid");
		}
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

}
