package org.weijian.registry.practitioner;

import org.jspecify.annotations.Nullable;

/** A practitioner's facts as submitted (form, JSON, import row), before validation. */
public record PractitionerDraft(@Nullable String name, @Nullable String idNumber, @Nullable String profession,
		@Nullable String qualificationCertNo, @Nullable String practiceCertNo, @Nullable String practiceCategory,
		@Nullable String practiceScope, @Nullable Long institutionId, @Nullable String status) {
}
