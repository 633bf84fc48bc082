package org.weijian.registry.practitioner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.Profession;

/**
 * A stored practitioner (从业人员) with their 多机构执业备案 filings. Holds the ID number only masked: the
 * clear value never leaves the repository except for an audited personal-data export.
 */
public record PractitionerRecord(long id, String name, String idNumberMasked, String gender, LocalDate birthDate,
		Profession profession, @Nullable String qualificationCertNo, String practiceCertNo, String practiceCategory,
		@Nullable String practiceScope, long institutionId, String institutionName, String regionCode, PractitionerStatus status,
		List<Filing> filings, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {

	/** 多机构执业备案 — a filing to practise also at another institution, from a date, until ended. */
	public record Filing(long id, long institutionId, String institutionName, @Nullable String institutionUscc, LocalDate validFrom,
			@Nullable LocalDate validTo, String status) {
	}

}
