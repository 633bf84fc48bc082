package org.weijian.registry;

import org.jspecify.annotations.Nullable;

/** A practitioner as lists show it; the ID number only ever masked. */
public record PractitionerSummary(long id, String name, String idNumberMasked, Profession profession,
		@Nullable String qualificationCertNo, String practiceCertNo, String practiceCategory, @Nullable String practiceScope,
		long institutionId, String institutionName, String regionCode, String status) {
}
