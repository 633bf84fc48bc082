package org.weijian.registry.subject;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.SubjectKind;

/**
 * The registered facts of a subject as submitted (by a form, an import row, an approved registration),
 * before validation. Institution-only fields stay null for public-health units.
 */
public record SubjectDraft(@Nullable SubjectKind kind, @Nullable String categoryCode, @Nullable String name,
		@Nullable String uscc, @Nullable String regionCode, @Nullable Long gridId, @Nullable String address,
		@Nullable String legalRepresentative, @Nullable String principal, @Nullable String grade, @Nullable String ownership,
		@Nullable Boolean forProfit, @Nullable String licenceRegNo, @Nullable Integer beds, @Nullable List<String> practiceSubjects,
		@Nullable Map<String, String> attributes) {
}
