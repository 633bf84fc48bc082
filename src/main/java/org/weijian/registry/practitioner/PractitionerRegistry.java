package org.weijian.registry.practitioner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.PractitionerRegistered;
import org.weijian.registry.SubjectChanged;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRepository;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;

/**
 * Registers and changes practitioners (从业人员) and their 多机构执业备案 filings: validates every field,
 * keeps ID numbers and practice certificates unique, holds the user to their scope and audits the change.
 */
@Service
public class PractitionerRegistry {

	private final PractitionerRepository practitioners;

	private final SubjectRepository subjects;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PractitionerRegistry(PractitionerRepository practitioners, SubjectRepository subjects, AuditTrail audit, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.practitioners = practitioners;
		this.subjects = subjects;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PractitionerRecord register(PractitionerDraft draft) {
		ValidPractitioner valid = validOrThrow(draft);
		SubjectRecord institution = institution(draft.institutionId(), "institutionId");
		requireWritable(institution.regionCode(), institution.id());
		requireUnique(valid, null);
		long id = practitioners.insert(valid, institution.id(), institution.regionCode(), currentUsers.actorName(), clock.instant());
		PractitionerRecord stored = practitioners.find(id).orElseThrow();
		audit.record("practitioner.registered", "practitioner", String.valueOf(id), stored.regionCode(), null, stored);
		events.publishEvent(new PractitionerRegistered(id, institution.id(), institution.regionCode()));
		return stored;
	}

	@Transactional
	public PractitionerRecord change(long id, int version, PractitionerDraft draft) {
		PractitionerRecord before = visible(id);
		requireWritable(before.regionCode(), before.institutionId());
		ValidPractitioner valid = validOrThrow(draft);
		SubjectRecord institution = institution(draft.institutionId(), "institutionId");
		requireWritable(institution.regionCode(), institution.id());
		requireUnique(valid, id);
		if (!practitioners.update(id, version, valid, institution.id(), institution.regionCode(), currentUsers.actorName(),
				clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		PractitionerRecord after = practitioners.find(id).orElseThrow();
		audit.record("practitioner.changed", "practitioner", String.valueOf(id), after.regionCode(), before, after);
		return after;
	}

	@Transactional
	public PractitionerRecord addFiling(long practitionerId, @Nullable Long institutionId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		PractitionerRecord p = visible(practitionerId);
		requireWritable(p.regionCode(), p.institutionId());
		SubjectRecord institution = institution(institutionId, "institutionId");
		if (institution.id() == p.institutionId()) {
			throw InvalidInputException.of("institutionId", "error.practitioner.filing-primary");
		}
		LocalDate start = from == null ? LocalDate.now(clock) : from;
		if (to != null && to.isBefore(start)) {
			throw InvalidInputException.of("validTo", "error.practitioner.filing-dates");
		}
		if (practitioners.hasActiveFiling(practitionerId, institution.id())) {
			throw new ConflictException("institutionId", "error.practitioner.filing-duplicate");
		}
		long filingId = practitioners.insertFiling(practitionerId, institution.id(), start, to, currentUsers.actorName(), clock.instant());
		audit.record("practitioner.filing-added", "practitioner", String.valueOf(practitionerId), p.regionCode(), null,
				Map.of("filingId", filingId, "institutionId", institution.id(), "validFrom", start.toString()));
		return practitioners.find(practitionerId).orElseThrow();
	}

	@Transactional
	public PractitionerRecord endFiling(long practitionerId, long filingId, @Nullable LocalDate to) {
		PractitionerRecord p = visible(practitionerId);
		requireWritable(p.regionCode(), p.institutionId());
		PractitionerRecord.Filing filing = p.filings()
			.stream()
			.filter(f -> f.id() == filingId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.practitioner.filing-not-found", filingId));
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		if (!"ACTIVE".equals(filing.status())) {
			throw new ConflictException("filingId", "error.practitioner.filing-ended");
		}
		if (end.isBefore(filing.validFrom())) {
			throw InvalidInputException.of("validTo", "error.practitioner.filing-dates");
		}
		practitioners.endFiling(practitionerId, filingId, end, currentUsers.actorName(), clock.instant());
		audit.record("practitioner.filing-ended", "practitioner", String.valueOf(practitionerId), p.regionCode(), filing,
				Map.of("filingId", filingId, "validTo", end.toString()));
		return practitioners.find(practitionerId).orElseThrow();
	}

	/** The practitioner if the caller may see them; 404 otherwise, whether they exist or not. */
	public PractitionerRecord visible(long id) {
		PractitionerRecord p = practitioners.find(id).orElseThrow(() -> new NotFoundException("error.practitioner.not-found", id));
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(p.regionCode()) || (scope.restrictedToInstitution() && !scope.institutionId().equals(p.institutionId()))) {
			throw new NotFoundException("error.practitioner.not-found", id);
		}
		return p;
	}

	/** Practitioners follow their primary institution when it moves to another division. */
	@EventListener
	void on(SubjectChanged changed) {
		practitioners.moveRegion(changed.subjectId(), changed.regionCode());
	}

	private ValidPractitioner validOrThrow(PractitionerDraft draft) {
		PractitionerValidator.Outcome outcome = PractitionerValidator.check(draft);
		if (outcome.practitioner() == null) {
			throw new InvalidInputException(outcome.violations());
		}
		return outcome.practitioner();
	}

	/** A medical institution the practitioner can work at; an unknown or unseen one is a field error. */
	private SubjectRecord institution(@Nullable Long id, String field) {
		if (id == null) {
			throw InvalidInputException.of(field, "error.field.required");
		}
		SubjectRecord s = subjects.find(id).orElseThrow(() -> InvalidInputException.of(field, "error.practitioner.institution-unknown", id));
		if (s.kind() != SubjectKind.MEDICAL_INSTITUTION) {
			throw InvalidInputException.of(field, "error.practitioner.institution-kind", id);
		}
		return s;
	}

	private void requireWritable(String regionCode, long institutionId) {
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(regionCode) || (scope.restrictedToInstitution() && !scope.institutionId().equals(institutionId))) {
			throw new AccessDeniedToScopeException();
		}
	}

	private void requireUnique(ValidPractitioner p, @Nullable Long self) {
		practitioners.idByIdNumber(p.idNumber().value()).filter(other -> !other.equals(self)).ifPresent(other -> {
			throw new ConflictException("idNumber", "error.practitioner.id-duplicate", p.idNumber().masked());
		});
		practitioners.idByCertificate(p.profession(), p.practiceCertNo()).filter(other -> !other.equals(self)).ifPresent(other -> {
			throw new ConflictException("practiceCertNo", "error.practitioner.certificate-duplicate", p.practiceCertNo());
		});
	}

}
