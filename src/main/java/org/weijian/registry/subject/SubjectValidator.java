package org.weijian.registry.subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.region.Region;
import org.weijian.region.RegionLevel;
import org.weijian.region.Grids;
import org.weijian.region.Regions;
import org.weijian.registry.SubjectKind;
import org.weijian.shared.DivisionCode;
import org.weijian.shared.Uscc;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;

/**
 * Checks a subject's facts field by field and reports every problem at once, naming the field: the
 * category and its kind, the credit code's check characters, the division, the institution-only fields
 * and the category's own attributes. Uniqueness is the repository's business.
 */
@Component
public class SubjectValidator {

	static final int MAX_BEDS = 20_000;

	private final Regions regions;

	private final SubjectCategories categories;

	private final Grids grids;

	SubjectValidator(Regions regions, SubjectCategories categories, Grids grids) {
		this.regions = regions;
		this.categories = categories;
		this.grids = grids;
	}

	public record Outcome(@Nullable ValidSubject subject, List<Violation> violations) {

		public boolean valid() {
			return subject != null;
		}

	}

	public Outcome check(SubjectDraft d) {
		Violations v = new Violations();
		Optional<SubjectCategory> category = Optional.empty();
		if (d.categoryCode() == null || d.categoryCode().isBlank()) {
			v.add("categoryCode", "error.field.required");
		}
		else {
			category = categories.find(d.categoryCode().strip().toUpperCase(Locale.ROOT)).filter(SubjectCategory::active);
			if (category.isEmpty()) {
				v.add("categoryCode", "error.subject.category-unknown", d.categoryCode());
			}
		}
		SubjectKind kind = category.map(SubjectCategory::kind).orElse(d.kind());
		if (d.kind() != null && category.isPresent() && category.get().kind() != d.kind()) {
			v.add("categoryCode", "error.subject.category-kind", d.categoryCode());
		}
		String name = v.text("name", d.name(), 200, true);
		Uscc parsedUscc = d.uscc() == null || d.uscc().isBlank() ? null : v.parse("uscc", d.uscc(), Uscc::of);
		String uscc = parsedUscc == null ? null : parsedUscc.value();
		String regionCode = region(v, d.regionCode());
		String address = v.text("address", d.address(), 300, false);
		String legalRep = v.text("legalRepresentative", d.legalRepresentative(), 100, false);
		String principal = v.text("principal", d.principal(), 100, false);
		InstitutionGrade grade = null;
		Ownership ownership = null;
		Boolean forProfit = null;
		String licenceRegNo = null;
		Integer beds = null;
		List<String> practiceSubjects = List.of();
		if (kind == SubjectKind.MEDICAL_INSTITUTION) {
			grade = d.grade() == null || d.grade().isBlank() ? InstitutionGrade.UNGRADED : enumValue(v, "grade", d.grade(), InstitutionGrade.class);
			ownership = enumValue(v, "ownership", d.ownership(), Ownership.class);
			if (d.forProfit() == null) {
				v.add("forProfit", "error.field.required");
			}
			forProfit = d.forProfit();
			licenceRegNo = licenceNumber(v, d.licenceRegNo());
			if (d.beds() == null) {
				v.add("beds", "error.field.required");
			}
			else if (d.beds() < 0 || d.beds() > MAX_BEDS) {
				v.add("beds", "error.field.range");
			}
			beds = d.beds();
			practiceSubjects = practiceSubjects(v, d.practiceSubjects());
		}
		else if (kind == SubjectKind.PUBLIC_HEALTH_UNIT) {
			rejectInstitutionFields(v, d);
		}
		Map<String, String> attributes = category.map(c -> attributes(v, c, d.attributes())).orElse(Map.of());
		if (d.gridId() != null && regionCode != null && !grids.belongsTo(d.gridId(), regionCode)) {
			v.add("gridId", "error.subject.grid-outside-region", d.gridId(), regionCode);
		}
		if (!v.isEmpty() || kind == null || name == null || regionCode == null) {
			return new Outcome(null, v.list());
		}
		return new Outcome(new ValidSubject(kind, category.get().code(), name, uscc, regionCode, d.gridId(), address, legalRep,
				principal, grade, ownership, forProfit, licenceRegNo, beds, practiceSubjects, attributes), List.of());
	}

	private @Nullable String region(Violations v, @Nullable String raw) {
		DivisionCode code = v.parse("regionCode", raw, DivisionCode::of);
		if (code == null) {
			return null;
		}
		Optional<Region> region = regions.find(code.value());
		if (region.isEmpty()) {
			v.add("regionCode", "error.division.unknown", code.value());
			return null;
		}
		if (region.get().level() != RegionLevel.COUNTY && region.get().level() != RegionLevel.TOWN) {
			v.add("regionCode", "error.subject.region-level", code.value());
			return null;
		}
		return region.get().code();
	}

	/**
	 * 医疗机构执业许可证登记号: usually the 22-character 医疗机构代码 (9-character organization code with its
	 * GB 11714 check character, then a 6-digit division and 7 attribute digits); older small units have
	 * other shapes, so anything else must at least be 6–40 letters and digits.
	 */
	private static @Nullable String licenceNumber(Violations v, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			v.add("licenceRegNo", "error.field.required");
			return null;
		}
		String n = raw.strip().toUpperCase(Locale.ROOT);
		if (!n.matches("[0-9A-Z]{6,40}")) {
			v.add("licenceRegNo", "error.subject.licence-format");
			return null;
		}
		if (n.length() == 22 && n.substring(0, 8).matches("[0-9A-Z]{8}") && n.substring(9, 15).matches("\\d{6}")
				&& Uscc.organizationCheckCharacter(n.substring(0, 8)) != n.charAt(8)) {
			v.add("licenceRegNo", "error.subject.licence-check", String.valueOf(Uscc.organizationCheckCharacter(n.substring(0, 8))));
			return null;
		}
		return n;
	}

	private static List<String> practiceSubjects(Violations v, @Nullable List<String> raw) {
		if (raw == null) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String s : raw) {
			if (s == null || s.isBlank()) {
				continue;
			}
			if (s.strip().length() > 50) {
				v.add("practiceSubjects", "error.field.too-long", 50);
				return List.of();
			}
			if (!out.contains(s.strip())) {
				out.add(s.strip());
			}
		}
		if (out.size() > 200) {
			v.add("practiceSubjects", "error.field.size");
		}
		return List.copyOf(out);
	}

	private static void rejectInstitutionFields(Violations v, SubjectDraft d) {
		if (d.licenceRegNo() != null && !d.licenceRegNo().isBlank()) {
			v.add("licenceRegNo", "error.subject.institution-only");
		}
		if (d.beds() != null) {
			v.add("beds", "error.subject.institution-only");
		}
		if (d.grade() != null && !d.grade().isBlank()) {
			v.add("grade", "error.subject.institution-only");
		}
	}

	private static Map<String, String> attributes(Violations v, SubjectCategory category, @Nullable Map<String, String> raw) {
		Map<String, String> given = raw == null ? Map.of() : raw;
		Map<String, String> out = new LinkedHashMap<>();
		for (String key : given.keySet()) {
			if (category.attributes().stream().noneMatch(a -> a.key().equals(key))) {
				v.add("attributes." + key, "error.subject.attribute-unknown", key);
			}
		}
		for (AttributeDefinition def : category.attributes()) {
			String value = given.get(def.key());
			if (value == null || value.isBlank()) {
				if (def.required()) {
					v.add("attributes." + def.key(), "error.field.required");
				}
				continue;
			}
			AttributeDefinition.Checked checked = def.check(value);
			if (checked.errorCode() != null) {
				v.add("attributes." + def.key(), checked.errorCode());
			}
			else {
				out.put(def.key(), checked.value());
			}
		}
		return out;
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Violations v, String field, @Nullable String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			v.add(field, "error.field.required");
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			v.add(field, "error.field.invalid");
			return null;
		}
	}

}
