package org.weijian.registry.subject;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.SubjectKind;

/** The JSON body of a create or change request; {@code version} is required for a change. */
record SubjectBody(@Nullable Integer version, @Nullable String categoryCode, @Nullable String name, @Nullable String uscc,
		@Nullable String regionCode, @Nullable Long gridId, @Nullable String address, @Nullable String legalRepresentative,
		@Nullable String principal, @Nullable String grade, @Nullable String ownership, @Nullable Boolean forProfit,
		@Nullable String licenceRegNo, @Nullable Integer beds, @Nullable List<String> practiceSubjects,
		@Nullable Map<String, String> attributes) {

	SubjectDraft draft(SubjectKind kind) {
		return new SubjectDraft(kind, categoryCode, name, uscc, regionCode, gridId, address, legalRepresentative, principal, grade,
				ownership, forProfit, licenceRegNo, beds, practiceSubjects, attributes);
	}

}
