package org.weijian.registry.subject;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.SubjectChanged;
import org.weijian.registry.SubjectRegistered;
import org.weijian.registry.SubjectStatus;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;

/**
 * Enters and changes supervised subjects: validates every field, keeps credit codes and licence numbers
 * unique, holds the user to their region, audits the change and tells other modules.
 */
@Service
public class SubjectRegistration {

	private final SubjectValidator validator;

	private final SubjectRepository subjects;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubjectRegistration(SubjectValidator validator, SubjectRepository subjects, AuditTrail audit, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.validator = validator;
		this.subjects = subjects;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public SubjectRecord register(SubjectDraft draft) {
		ValidSubject valid = validOrThrow(draft);
		requireInScope(valid.regionCode());
		requireUnique(valid, null);
		long id = subjects.insert(valid, currentUsers.actorName(), clock.instant());
		SubjectRecord stored = subjects.find(id).orElseThrow();
		audit.record("subject.registered", "subject", String.valueOf(id), valid.regionCode(), null, stored);
		events.publishEvent(new SubjectRegistered(id, valid.kind(), valid.categoryCode(), valid.regionCode()));
		return stored;
	}

	@Transactional
	public SubjectRecord change(long id, int version, SubjectDraft draft) {
		SubjectRecord before = visible(id);
		requireInScope(before.regionCode());
		ValidSubject valid = validOrThrow(draft);
		if (valid.kind() != before.kind()) {
			throw InvalidInputException.of("categoryCode", "error.subject.kind-change");
		}
		requireInScope(valid.regionCode());
		requireUnique(valid, id);
		if (!subjects.update(id, version, valid, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		SubjectRecord after = subjects.find(id).orElseThrow();
		audit.record("subject.changed", "subject", String.valueOf(id), after.regionCode(), before, after);
		events.publishEvent(new SubjectChanged(id, after.regionCode(), after.status()));
		return after;
	}

	@Transactional
	public SubjectRecord changeStatus(long id, int version, SubjectStatus status, String reason) {
		SubjectRecord before = visible(id);
		requireInScope(before.regionCode());
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "error.field.required");
		}
		if (!subjects.updateStatus(id, version, status, currentUsers.actorName(), clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		SubjectRecord after = subjects.find(id).orElseThrow();
		audit.record("subject.status-changed", "subject", String.valueOf(id), after.regionCode(), before,
				java.util.Map.of("status", status.name(), "reason", reason.strip()));
		events.publishEvent(new SubjectChanged(id, after.regionCode(), status));
		return after;
	}

	/** The subject if the caller may see it; 404 otherwise, whether it exists or not. */
	public SubjectRecord visible(long id) {
		SubjectRecord s = subjects.find(id).orElseThrow(() -> new NotFoundException("error.subject.not-found", id));
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(s.regionCode()) || (scope.restrictedToInstitution() && scope.institutionId() != id)) {
			throw new NotFoundException("error.subject.not-found", id);
		}
		return s;
	}

	/** The subject regardless of scope (system work only). */
	public java.util.Optional<SubjectRecord> find(long id) {
		return subjects.find(id);
	}

	public java.util.Optional<Long> idByUscc(String uscc) {
		return subjects.idByUscc(uscc.strip().toUpperCase(java.util.Locale.ROOT));
	}

	private ValidSubject validOrThrow(SubjectDraft draft) {
		SubjectValidator.Outcome outcome = validator.check(draft);
		if (!outcome.valid()) {
			throw new InvalidInputException(outcome.violations());
		}
		return outcome.subject();
	}

	private void requireInScope(String regionCode) {
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(regionCode) || scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
	}

	private void requireUnique(ValidSubject s, Long self) {
		if (s.uscc() != null) {
			subjects.idByUscc(s.uscc()).filter(other -> !other.equals(self)).ifPresent(other -> {
				throw new ConflictException("uscc", "error.subject.uscc-duplicate", s.uscc());
			});
		}
		if (s.licenceRegNo() != null) {
			subjects.idByLicenceRegNo(s.licenceRegNo()).filter(other -> !other.equals(self)).ifPresent(other -> {
				throw new ConflictException("licenceRegNo", "error.subject.licence-duplicate", s.licenceRegNo());
			});
		}
	}

}
