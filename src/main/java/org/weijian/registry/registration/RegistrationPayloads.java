package org.weijian.registry.registration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceView;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.licence.LicenceKind;
import org.weijian.registry.licence.LicenceKinds;
import org.weijian.shared.error.Violations;

/**
 * Checks a request's payload against its kind and answers it normalised (known keys only, trimmed,
 * dates ISO). Violations name the field as {@code payload.<key>}.
 */
@Component
class RegistrationPayloads {

	static final Map<RegistrationKind, Set<String>> KEYS = Map.of(RegistrationKind.NEW_LICENCE,
			Set.of("kindCode", "number", "issueDate", "validFrom", "validTo", "approvedBeds", "scope", "note"), RegistrationKind.CHANGE,
			Set.of("approvedBeds", "scope", "note"), RegistrationKind.RENEWAL, Set.of("validTo", "note"), RegistrationKind.VERIFICATION,
			Set.of("verifiedOn", "note"));

	private final LicenceKinds kinds;

	RegistrationPayloads(LicenceKinds kinds) {
		this.kinds = kinds;
	}

	Map<String, String> check(RegistrationKind kind, @Nullable Map<String, String> raw, LicenceHolder holder,
			@Nullable LicenceView licence, LocalDate today, Violations v) {
		Map<String, String> in = raw == null ? Map.of() : raw;
		Map<String, String> out = new LinkedHashMap<>();
		for (var e : in.entrySet()) {
			if (!KEYS.get(kind).contains(e.getKey())) {
				v.add("payload." + e.getKey(), "error.registration.payload-unknown", e.getKey());
			}
			else if (e.getValue() != null && !e.getValue().isBlank()) {
				out.put(e.getKey(), e.getValue().strip());
			}
		}
		v.maxLength("payload.note", out.get("note"), 1000);
		switch (kind) {
			case NEW_LICENCE -> {
				String code = out.get("kindCode");
				if (code == null) {
					v.add("payload.kindCode", "error.field.required");
				}
				else {
					LicenceKind k = kinds.find(code).orElse(null);
					if (k == null) {
						v.add("payload.kindCode", "error.licence.kind-unknown", code);
					}
					else if (!k.acceptsHolder(holder.kind().name())) {
						v.add("payload.kindCode", "error.licence.holder-kind", k.nameZh());
					}
				}
				v.require("payload.number", out.get("number"));
				v.maxLength("payload.number", out.get("number"), 60);
				LocalDate issued = date(v, out, "issueDate", true);
				if (issued != null && issued.isAfter(today)) {
					v.add("payload.issueDate", "error.licence.date-future");
				}
				LocalDate from = date(v, out, "validFrom", false);
				LocalDate to = date(v, out, "validTo", false);
				if (to != null && to.isBefore(from != null ? from : issued != null ? issued : to)) {
					v.add("payload.validTo", "error.licence.validity-order");
				}
				beds(v, out);
				v.maxLength("payload.scope", out.get("scope"), 1000);
			}
			case CHANGE -> {
				if (!out.containsKey("approvedBeds") && !out.containsKey("scope")) {
					v.add("payload.approvedBeds", "error.registration.change-empty");
				}
				beds(v, out);
				v.maxLength("payload.scope", out.get("scope"), 1000);
			}
			case RENEWAL -> {
				LocalDate to = date(v, out, "validTo", true);
				if (to != null && licence != null && (!to.isAfter(licence.validTo()) || !to.isAfter(today))) {
					v.add("payload.validTo", "error.licence.renewal-date");
				}
			}
			case VERIFICATION -> {
				LocalDate on = date(v, out, "verifiedOn", true);
				if (on != null && (on.isAfter(today) || (licence != null && on.isBefore(licence.validFrom())))) {
					v.add("payload.verifiedOn", "error.licence.verification-date");
				}
			}
		}
		return out;
	}

	static @Nullable LocalDate date(Violations v, Map<String, String> out, String key, boolean required) {
		String raw = out.get(key);
		if (raw == null) {
			if (required) {
				v.add("payload." + key, "error.field.required");
			}
			return null;
		}
		try {
			LocalDate d = LocalDate.parse(raw);
			out.put(key, d.toString());
			return d;
		}
		catch (DateTimeParseException ex) {
			v.add("payload." + key, "error.field.date");
			return null;
		}
	}

	private static void beds(Violations v, Map<String, String> out) {
		String raw = out.get("approvedBeds");
		if (raw == null) {
			return;
		}
		try {
			int beds = Integer.parseInt(raw);
			if (beds < 0 || beds > 100_000) {
				v.add("payload.approvedBeds", "error.field.range");
			}
		}
		catch (NumberFormatException ex) {
			v.add("payload.approvedBeds", "error.field.number");
		}
	}

	static @Nullable Integer intOrNull(@Nullable String raw) {
		return raw == null ? null : Integer.valueOf(raw);
	}

	static List<String> keys(RegistrationKind kind) {
		return KEYS.get(kind).stream().sorted().toList();
	}

}
