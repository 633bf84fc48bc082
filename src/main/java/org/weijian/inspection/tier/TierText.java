package org.weijian.inspection.tier;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.weijian.inspection.RiskTier;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.Violations;

/** Parsing tiers and sources from request text, naming the field on failure. */
final class TierText {

	private TierText() {
	}

	static @Nullable RiskTier tier(Violations v, String field, @Nullable String raw, boolean required) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				v.add(field, "error.field.required");
			}
			return null;
		}
		return v.parse(field, raw, s -> parse(RiskTier.class, s, "error.inspection.tier.unknown"));
	}

	static @Nullable TierSource source(Violations v, String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return v.parse(field, raw, s -> parse(TierSource.class, s, "error.inspection.tier.source-unknown"));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String raw, String code) {
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(code, raw.strip());
		}
	}

}
