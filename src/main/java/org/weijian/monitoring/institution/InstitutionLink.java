package org.weijian.monitoring.institution;

import java.time.Instant;

/** One institution code linked to a registry subject (its name and region as they were when linked). */
public record InstitutionLink(String fixmedinsCode, long subjectId, String subjectName, String regionCode, Instant updatedAt,
		String updatedBy, int version) {
}
