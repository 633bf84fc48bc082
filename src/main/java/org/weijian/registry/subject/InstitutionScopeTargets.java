package org.weijian.registry.subject;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.weijian.identity.ScopeTargets;
import org.weijian.registry.SubjectKind;

/** Tells identity where a medical institution is, for institution users' data scopes. */
@Component
class InstitutionScopeTargets implements ScopeTargets {

	private final SubjectRepository subjects;

	InstitutionScopeTargets(SubjectRepository subjects) {
		this.subjects = subjects;
	}

	@Override
	public Optional<String> institutionRegion(long institutionId) {
		return subjects.find(institutionId).filter(s -> s.kind() == SubjectKind.MEDICAL_INSTITUTION).map(SubjectRecord::regionCode);
	}

}
