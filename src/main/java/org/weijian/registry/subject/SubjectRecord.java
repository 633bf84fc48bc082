package org.weijian.registry.subject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectStatus;

/** A stored supervised subject (监管对象) with every registered fact, as validated. */
public record SubjectRecord(long id, SubjectKind kind, String categoryCode, String name, @Nullable String uscc,
		String regionCode, @Nullable Long gridId, @Nullable String address, @Nullable String legalRepresentative,
		@Nullable String principal, SubjectStatus status, @Nullable InstitutionGrade grade, @Nullable Ownership ownership,
		@Nullable Boolean forProfit, @Nullable String licenceRegNo, @Nullable Integer beds, List<String> practiceSubjects,
		Map<String, String> attributes, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
		int version) {

	public boolean isInstitution() {
		return kind == SubjectKind.MEDICAL_INSTITUTION;
	}

}
