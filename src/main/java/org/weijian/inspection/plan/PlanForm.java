package org.weijian.inspection.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The plan form's fields as flat text (what the browser posts and what the page shows again after an
 * error): {@code ratioA}…{@code ratioD}, {@code ratioAll}, {@code dept0}/{@code deptCount0} …,
 * {@code sourceName0}, {@code sourceDescription0}, {@code sourceAvailableOn0}, {@code sourceValueCount0},
 * {@code sourceMin0}, {@code sourceMax0} …; categories are a list of codes.
 */
public record PlanForm(Map<String, String> fields, List<String> categories) {

	static final int SOURCE_ROWS = 3;

	static final int DEPARTMENT_ROWS = 4;

	public String get(String name) {
		return fields.getOrDefault(name, "");
	}

	public boolean selected(String category) {
		return categories.contains(category);
	}

	static PlanForm fromRequest(MultiValueMap<String, String> request) {
		Map<String, String> f = new HashMap<>();
		request.forEach((k, values) -> {
			if (!k.equals("categories") && !values.isEmpty() && values.get(0) != null) {
				f.put(k, values.get(0));
			}
		});
		List<String> categories = request.getOrDefault("categories", List.of());
		return new PlanForm(f, categories == null ? List.of() : List.copyOf(categories));
	}

	/** A new plan's form with the rule table's defaults. */
	static PlanForm defaults(int year, @Nullable String regionCode, PlanRules rules) {
		Map<String, String> f = new HashMap<>();
		f.put("year", String.valueOf(year));
		f.put("level", PlanLevel.MUNICIPAL.name());
		f.put("ratioMode", RatioMode.BY_TIER.name());
		for (String tier : PlanChecker.TIERS) {
			f.put("ratio" + tier, Plans.plain(rules.defaultRatio(tier)));
		}
		f.put("inspectorsPerTask", String.valueOf(rules.minInspectorsPerTask()));
		f.put("publicationWorkingDays", String.valueOf(rules.defaultPublicationWorkingDays()));
		if (regionCode != null) {
			f.put("regionCode", regionCode);
		}
		return new PlanForm(f, List.of());
	}

	static PlanForm of(PlanView p) {
		Map<String, String> f = new HashMap<>();
		f.put("year", String.valueOf(p.year()));
		f.put("title", p.title());
		f.put("level", p.level().name());
		f.put("documentNo", p.documentNo() == null ? "" : p.documentNo());
		f.put("departmentId", String.valueOf(p.departmentId()));
		f.put("regionCode", p.regionCode());
		f.put("subjectKind", p.subjectKind() == null ? "" : p.subjectKind());
		f.put("ratioMode", p.ratioMode().name());
		for (Map.Entry<String, BigDecimal> r : p.ratios().entrySet()) {
			f.put(r.getKey().equals("ALL") ? "ratioAll" : "ratio" + r.getKey(), Plans.plain(r.getValue()));
		}
		f.put("inspectorsPerTask", String.valueOf(p.inspectorsPerTask()));
		f.put("capPerInspector", p.capPerInspector() == null ? "" : String.valueOf(p.capPerInspector()));
		f.put("windowStart", p.windowStart().toString());
		f.put("deadline", p.deadline().toString());
		f.put("publicationWorkingDays", String.valueOf(p.publicationWorkingDays()));
		f.put("rowVersion", String.valueOf(p.rowVersion()));
		for (int i = 0; i < p.departments().size(); i++) {
			JointDepartment d = p.departments().get(i);
			f.put("dept" + i, String.valueOf(d.departmentId()));
			f.put("deptCount" + i, String.valueOf(d.inspectors()));
		}
		for (EntropySourceSpec s : p.sources()) {
			int i = s.position();
			f.put("sourceName" + i, s.name());
			f.put("sourceDescription" + i, s.description());
			f.put("sourceAvailableOn" + i, s.availableOn().toString());
			f.put("sourceValueCount" + i, String.valueOf(s.valueCount()));
			f.put("sourceMin" + i, String.valueOf(s.minValue()));
			f.put("sourceMax" + i, String.valueOf(s.maxValue()));
		}
		return new PlanForm(f, p.categories());
	}

	PlanDraft toDraft() {
		Map<String, String> ratios = new LinkedHashMap<>();
		boolean uniform = RatioMode.UNIFORM.name().equals(get("ratioMode"));
		if (uniform) {
			ratios.put("ALL", get("ratioAll"));
		}
		else {
			for (String tier : PlanChecker.TIERS) {
				ratios.put(tier, get("ratio" + tier));
			}
		}
		List<PlanDraft.Department> departments = new ArrayList<>();
		for (int i = 0; i < DEPARTMENT_ROWS; i++) {
			departments.add(new PlanDraft.Department(get("dept" + i), get("deptCount" + i)));
		}
		List<PlanDraft.Source> sources = new ArrayList<>();
		for (int i = 0; i < SOURCE_ROWS; i++) {
			sources.add(new PlanDraft.Source(get("sourceName" + i), get("sourceDescription" + i), get("sourceAvailableOn" + i),
					get("sourceValueCount" + i), get("sourceMin" + i), get("sourceMax" + i)));
		}
		Integer rowVersion = null;
		try {
			rowVersion = get("rowVersion").isBlank() ? null : Integer.valueOf(get("rowVersion").strip());
		}
		catch (NumberFormatException ex) {
			rowVersion = null;
		}
		return new PlanDraft(get("year"), get("title"), get("level"), get("documentNo"), get("departmentId"), get("regionCode"),
				categories, get("subjectKind"), get("ratioMode"), ratios, get("inspectorsPerTask"), departments, get("capPerInspector"),
				get("windowStart"), get("deadline"), get("publicationWorkingDays"), sources, rowVersion);
	}

}
