package org.weijian.inspection.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The staffing terms a verifier reads from a record's plan summary (snake_case keys):
 * {@code inspectors_per_task} (integer), {@code cap_per_inspector} (integer, or null/absent for no cap) and
 * {@code departments} (absent, null or {@code []} for a single-department plan; otherwise a list of objects
 * with the department code under {@code code} or {@code department_code} and its count under
 * {@code inspectors}, or an object code → count).
 */
public record PlanTerms(int inspectorsPerTask, SortedMap<String, Integer> departments, @Nullable Integer capPerInspector) {

	public static final String INSPECTORS_PER_TASK = "inspectors_per_task";

	public static final String CAP_PER_INSPECTOR = "cap_per_inspector";

	public static final String DEPARTMENTS = "departments";

	public PlanTerms {
		TreeMap<String, Integer> ordered = new TreeMap<>(Utf8Order.COMPARATOR);
		ordered.putAll(departments);
		departments = Collections.unmodifiableSortedMap(ordered);
	}

	public boolean joint() {
		return !departments.isEmpty();
	}

	/** The terms of a draw input. */
	static PlanTerms of(DrawInput input) {
		return new PlanTerms(input.inspectorsPerTask(), input.departments(), input.capPerInspector());
	}

	/** Reads the terms; a term that is present in the wrong shape is an error naming its JSON path. */
	public static PlanTerms read(Map<String, Object> plan) {
		Integer perTaskValue = integer(plan.get(INSPECTORS_PER_TASK));
		if (perTaskValue == null) {
			throw new IllegalArgumentException("plan." + INSPECTORS_PER_TASK + ": expected an integer, found " + plan.get(INSPECTORS_PER_TASK));
		}
		Object cap = plan.get(CAP_PER_INSPECTOR);
		if (cap != null && integer(cap) == null) {
			throw new IllegalArgumentException("plan." + CAP_PER_INSPECTOR + ": expected an integer or null, found " + cap);
		}
		SortedMap<String, Integer> departments = new TreeMap<>(Utf8Order.COMPARATOR);
		Object depts = plan.get(DEPARTMENTS);
		if (depts instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				String path = "plan." + DEPARTMENTS + "[" + i + "]";
				if (!(list.get(i) instanceof Map<?, ?> dept)) {
					throw new IllegalArgumentException(path + ": expected an object");
				}
				Object code = dept.containsKey("code") ? dept.get("code") : dept.get("department_code");
				Object count = dept.containsKey("inspectors") ? dept.get("inspectors") : dept.get("count");
				Integer countValue = integer(count);
				if (!(code instanceof String codeText) || countValue == null) {
					throw new IllegalArgumentException(path + ": expected \"code\" (string) and \"inspectors\" (integer)");
				}
				if (departments.put(codeText, countValue) != null) {
					throw new IllegalArgumentException(path + ": department " + codeText + " named twice");
				}
			}
		}
		else if (depts instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				Integer count = integer(e.getValue());
				if (count == null) {
					throw new IllegalArgumentException("plan." + DEPARTMENTS + "." + e.getKey() + ": expected an integer");
				}
				departments.put((String) e.getKey(), count);
			}
		}
		else if (depts != null) {
			throw new IllegalArgumentException("plan." + DEPARTMENTS + ": expected a list, found " + depts);
		}
		return new PlanTerms(perTaskValue, departments, cap == null ? null : integer(cap));
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		if (value instanceof Integer i) {
			return i;
		}
		if ((value instanceof Long || value instanceof Short) && ((Number) value).longValue() == ((Number) value).intValue()) {
			return ((Number) value).intValue();
		}
		return null;
	}

	/** Same departments and cap, and — in a single-department plan, the only place it is used — the same count per task. */
	boolean governsTheSameDrawAs(PlanTerms other) {
		return departments.equals(other.departments) && java.util.Objects.equals(capPerInspector, other.capPerInspector)
				&& (joint() || inspectorsPerTask == other.inspectorsPerTask);
	}

	/**
	 * The plan summary as published: the caller's summary with these terms added where absent; a term
	 * present with another value is refused, so the record never contradicts the draw.
	 */
	Map<String, Object> publish(Map<String, Object> summary) {
		Map<String, Object> plan = new LinkedHashMap<>(summary);
		plan.putIfAbsent(INSPECTORS_PER_TASK, inspectorsPerTask);
		plan.putIfAbsent(CAP_PER_INSPECTOR, capPerInspector);
		if (!plan.containsKey(DEPARTMENTS) || (plan.get(DEPARTMENTS) == null && joint())) {
			List<Map<String, Object>> list = new ArrayList<>();
			departments.forEach((code, count) -> {
				Map<String, Object> dept = new LinkedHashMap<>();
				dept.put("code", code);
				dept.put("inspectors", count);
				list.add(dept);
			});
			plan.put(DEPARTMENTS, list);
		}
		PlanTerms published = read(plan);
		if (!published.governsTheSameDrawAs(this)) {
			throw new IllegalArgumentException("the plan summary's staffing terms " + published + " differ from the draw's " + this);
		}
		return Collections.unmodifiableMap(plan);
	}

}
