package org.weijian.registry.licence;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.VerificationResult;
import org.weijian.shared.error.InvalidInputException;

/** Parsing of the request values that name an enum, so that a wrong one answers 400 naming the field. */
final class LicenceRequests {

	private LicenceRequests() {
	}

	static @Nullable LicenceStatus status(String field, @Nullable String raw) {
		return parse(field, raw, LicenceStatus.class);
	}

	static @Nullable VerificationResult result(String field, @Nullable String raw) {
		return parse(field, raw, VerificationResult.class);
	}

	static @Nullable Integer days(String field, @Nullable Integer days) {
		if (days != null && (days < 0 || days > 3650)) {
			throw InvalidInputException.of(field, "error.field.range");
		}
		return days;
	}

	static <E extends Enum<E>> @Nullable E parse(String field, @Nullable String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String name = raw.strip().toUpperCase(java.util.Locale.ROOT);
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equals(name))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of(field, "error.field.invalid"));
	}

}
