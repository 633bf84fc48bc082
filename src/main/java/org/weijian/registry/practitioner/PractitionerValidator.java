package org.weijian.registry.practitioner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.Profession;
import org.weijian.shared.IdNumber;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;

/**
 * Checks a practitioner's fields and reports every problem at once: the 身份证号 (GB 11643 check
 * digit, birth date), the profession, certificate numbers and texts. Which institution and uniqueness
 * are checked by the caller, which may batch them.
 */
final class PractitionerValidator {

	private static final Map<String, Profession> PROFESSION_NAMES = Map.of("医师", Profession.PHYSICIAN, "护士", Profession.NURSE,
			"药师", Profession.PHARMACIST, "医技", Profession.TECHNICIAN, "医技人员", Profession.TECHNICIAN);

	private static final Map<String, PractitionerStatus> STATUS_NAMES = Map.of("执业", PractitionerStatus.ACTIVE, "暂停执业",
			PractitionerStatus.SUSPENDED, "注销", PractitionerStatus.CANCELLED);

	private PractitionerValidator() {
	}

	record Outcome(@Nullable ValidPractitioner practitioner, List<Violation> violations) {
	}

	static Outcome check(PractitionerDraft d) {
		Violations v = new Violations();
		String name = v.text("name", d.name(), 50, true);
		IdNumber id = v.parse("idNumber", d.idNumber(), IdNumber::of);
		Profession profession = profession(v, d.profession());
		String qualification = certificate(v, "qualificationCertNo", d.qualificationCertNo(), false);
		String practice = certificate(v, "practiceCertNo", d.practiceCertNo(), true);
		String category = v.text("practiceCategory", d.practiceCategory(), 50, true);
		String scope = v.text("practiceScope", d.practiceScope(), 100, false);
		PractitionerStatus status = status(v, d.status());
		if (!v.isEmpty() || name == null || id == null || profession == null || practice == null || category == null || status == null) {
			return new Outcome(null, v.list());
		}
		return new Outcome(new ValidPractitioner(name, id, profession, qualification, practice, category, scope, status), List.of());
	}

	static @Nullable Profession profession(Violations v, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			v.add("profession", "error.field.required");
			return null;
		}
		String s = raw.strip();
		Profession byName = PROFESSION_NAMES.get(s);
		if (byName != null) {
			return byName;
		}
		try {
			return Profession.valueOf(s.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			v.add("profession", "error.practitioner.profession", s);
			return null;
		}
	}

	private static @Nullable PractitionerStatus status(Violations v, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return PractitionerStatus.ACTIVE;
		}
		String s = raw.strip();
		PractitionerStatus byName = STATUS_NAMES.get(s);
		if (byName != null) {
			return byName;
		}
		try {
			return PractitionerStatus.valueOf(s.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			v.add("status", "error.field.invalid");
			return null;
		}
	}

	private static @Nullable String certificate(Violations v, String field, @Nullable String raw, boolean required) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				v.add(field, "error.field.required");
			}
			return null;
		}
		String s = raw.strip().toUpperCase(Locale.ROOT);
		if (!s.matches("[0-9A-Z]{6,40}")) {
			v.add(field, "error.practitioner.certificate-format");
			return null;
		}
		return s;
	}

}
