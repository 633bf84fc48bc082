package org.weijian.registry.subject;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.SubjectKind;

/** A {@link SubjectDraft} that passed every field rule, with values in canonical form. */
public record ValidSubject(SubjectKind kind, String categoryCode, String name, @Nullable String uscc, String regionCode,
		@Nullable Long gridId, @Nullable String address, @Nullable String legalRepresentative, @Nullable String principal,
		@Nullable InstitutionGrade grade, @Nullable Ownership ownership, @Nullable Boolean forProfit,
		@Nullable String licenceRegNo, @Nullable Integer beds, List<String> practiceSubjects, Map<String, String> attributes) {
}
