package org.weijian.registry.subject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.SubjectKind;
import org.weijian.shared.error.Violations;
import org.weijian.shared.io.Table;

/**
 * The column layout of institution and unit imports and exports (one layout both ways, so an export
 * can be edited and imported back), and the mapping between a row and a {@link SubjectDraft}.
 */
public final class SubjectLayout {

	public static final String ATTR = "attr_";

	static final List<String> COMMON = List.of("name", "category", "uscc", "region_code", "grid_id", "address",
			"legal_representative", "principal");

	public static final List<String> INSTITUTION = concat(COMMON, List.of("grade", "ownership", "for_profit", "licence_reg_no", "beds",
			"practice_subjects", "status"));

	static final List<String> REQUIRED = List.of("name", "category", "region_code");

	private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(Map.entry("categoryCode", "category"),
			Map.entry("regionCode", "region_code"), Map.entry("gridId", "grid_id"), Map.entry("legalRepresentative", "legal_representative"),
			Map.entry("forProfit", "for_profit"), Map.entry("licenceRegNo", "licence_reg_no"),
			Map.entry("practiceSubjects", "practice_subjects"));

	private SubjectLayout() {
	}

	/** Units: the common columns, status, then one {@code attr_<key>} per attribute any unit category defines. */
	public static List<String> units(List<SubjectCategory> categories) {
		Set<String> attrs = new LinkedHashSet<>();
		categories.stream()
			.filter(c -> c.kind() == SubjectKind.PUBLIC_HEALTH_UNIT)
			.forEach(c -> c.attributes().forEach(a -> attrs.add(ATTR + a.key())));
		List<String> out = new ArrayList<>(COMMON);
		out.add("status");
		out.addAll(attrs);
		return List.copyOf(out);
	}

	/** The column a validator field is reported under. */
	public static String column(String field) {
		if (field.startsWith("attributes.")) {
			return ATTR + field.substring("attributes.".length());
		}
		return FIELD_TO_COLUMN.getOrDefault(field, field);
	}

	/** The draft a row describes; cell-level problems (numbers, booleans) are added to {@code v} by column. */
	static SubjectDraft draft(SubjectKind kind, Table.Row row, Violations v) {
		Long grid = number(row, "grid_id", v, Long::valueOf);
		Map<String, String> attributes = new LinkedHashMap<>();
		row.cells().forEach((k, val) -> {
			if (k.startsWith(ATTR) && val != null && !val.isBlank()) {
				attributes.put(k.substring(ATTR.length()), val.strip());
			}
		});
		if (kind == SubjectKind.PUBLIC_HEALTH_UNIT) {
			return new SubjectDraft(kind, row.get("category"), row.get("name"), row.get("uscc"), row.get("region_code"), grid,
					row.get("address"), row.get("legal_representative"), row.get("principal"), null, null, null, null, null, null,
					attributes);
		}
		Integer beds = number(row, "beds", v, Integer::valueOf);
		String subjects = row.get("practice_subjects");
		return new SubjectDraft(kind, row.get("category"), row.get("name"), row.get("uscc"), row.get("region_code"), grid,
				row.get("address"), row.get("legal_representative"), row.get("principal"), row.get("grade"), row.get("ownership"),
				bool(row, "for_profit", v), row.get("licence_reg_no"), beds,
				subjects == null ? List.of() : Arrays.stream(subjects.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				attributes);
	}

	/** The export row of a stored subject, in {@code headers} order. */
	static List<String> row(SubjectRecord s, List<String> headers) {
		List<String> out = new ArrayList<>(headers.size());
		for (String h : headers) {
			out.add(switch (h) {
				case "name" -> s.name();
				case "category" -> s.categoryCode();
				case "uscc" -> s.uscc();
				case "region_code" -> s.regionCode();
				case "grid_id" -> s.gridId() == null ? "" : s.gridId().toString();
				case "address" -> s.address();
				case "legal_representative" -> s.legalRepresentative();
				case "principal" -> s.principal();
				case "grade" -> s.grade() == null ? "" : s.grade().name();
				case "ownership" -> s.ownership() == null ? "" : s.ownership().name();
				case "for_profit" -> s.forProfit() == null ? "" : s.forProfit().toString();
				case "licence_reg_no" -> s.licenceRegNo();
				case "beds" -> s.beds() == null ? "" : s.beds().toString();
				case "practice_subjects" -> String.join(";", s.practiceSubjects());
				case "status" -> s.status().name();
				default -> h.startsWith(ATTR) ? s.attributes().get(h.substring(ATTR.length())) : "";
			});
			if (out.get(out.size() - 1) == null) {
				out.set(out.size() - 1, "");
			}
		}
		return out;
	}

	private static <T> @Nullable T number(Table.Row row, String column, Violations v, java.util.function.Function<String, T> parse) {
		String raw = row.get(column);
		if (raw == null) {
			return null;
		}
		try {
			return parse.apply(raw);
		}
		catch (NumberFormatException ex) {
			v.add(column, "error.field.number");
			return null;
		}
	}

	private static @Nullable Boolean bool(Table.Row row, String column, Violations v) {
		String raw = row.get(column);
		if (raw == null) {
			return null;
		}
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "是", "营利" -> true;
			case "false", "no", "0", "否", "非营利" -> false;
			default -> {
				v.add(column, "error.field.invalid");
				yield null;
			}
		};
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> out = new ArrayList<>(a);
		out.addAll(b);
		return List.copyOf(out);
	}

}
