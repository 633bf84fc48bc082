package org.weijian.registry;

import org.jspecify.annotations.Nullable;

/**
 * What a subject search asks for: free text {@code q} (a Chinese-name prefix or contained characters, a
 * credit code or its prefix, a licence registration number or its prefix) and filters. Every filter is
 * optional; the caller's data scope always applies on top.
 */
public record SubjectQuery(@Nullable String q, @Nullable SubjectKind kind, @Nullable String category,
		@Nullable String region, @Nullable SubjectStatus status, @Nullable Long gridId) {

	public static SubjectQuery of(SubjectKind kind) {
		return new SubjectQuery(null, kind, null, null, null, null);
	}

	public SubjectQuery withoutText() {
		return new SubjectQuery(null, kind, category, region, status, gridId);
	}

	public SubjectQuery withKind(SubjectKind k) {
		return new SubjectQuery(q, k, category, region, status, gridId);
	}

}
