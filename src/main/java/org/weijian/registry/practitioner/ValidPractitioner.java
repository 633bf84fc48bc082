package org.weijian.registry.practitioner;

import org.jspecify.annotations.Nullable;
import org.weijian.registry.Profession;
import org.weijian.shared.IdNumber;

/** A practitioner that passed every field rule; the institution is checked separately. */
record ValidPractitioner(String name, IdNumber idNumber, Profession profession, @Nullable String qualificationCertNo,
		String practiceCertNo, String practiceCategory, @Nullable String practiceScope, PractitionerStatus status) {
}
