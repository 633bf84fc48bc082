package org.weijian.demo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One generated supervised subject, in the registry's vocabulary (codes, not labels). */
record SubjectSeed(long seq, String kind, String category, String name, String uscc, String regionCode, String countyCode,
		String address, String legalRepresentative, String principal, @Nullable String grade, @Nullable String ownership,
		@Nullable Boolean forProfit, @Nullable String licenceRegNo, @Nullable Integer beds, List<String> practiceSubjects,
		Map<String, String> attributes, int staff) {

	boolean institution() {
		return "MEDICAL_INSTITUTION".equals(kind);
	}

}
