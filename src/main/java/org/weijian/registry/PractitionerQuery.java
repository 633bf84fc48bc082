package org.weijian.registry;

import org.jspecify.annotations.Nullable;

/**
 * A practitioner search: {@code q} is a name prefix, a certificate number (or its prefix), or an exact
 * 身份证号 (looked up through its blind index); filters are optional; the data scope always applies.
 */
public record PractitionerQuery(@Nullable String q, @Nullable Profession profession, @Nullable Long institutionId,
		@Nullable String region, @Nullable String status) {
}
