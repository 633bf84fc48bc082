package org.weijian.demo;

import org.jspecify.annotations.Nullable;

/** One generated practitioner working at the institution with {@code institutionSeq}. */
record PractitionerSeed(long seq, String name, String idNumber, String profession, String qualificationCertNo,
		String practiceCertNo, String practiceCategory, @Nullable String practiceScope, long institutionSeq,
		@Nullable Long filingInstitutionSeq) {
}
