package org.weijian.registry.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceView;
import org.weijian.registry.NewLicence;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;
import org.weijian.registry.VerificationResult;
import org.weijian.registry.licence.Holders;
import org.weijian.registry.licence.LicenceAdministration;
import org.weijian.registry.licence.LicenceRepository;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;

/**
 * 电子化注册 — institutions file requests (new licence, change, renewal, 校验), may withdraw them or
 * resubmit after a return; reviewers of the institution's region approve or return them. Maker-checker:
 * nobody who filed or resubmitted a request may decide it. Approval applies the request through the
 * licence administration in the same transaction.
 */
@Service
public class RegistrationDesk {

	/** The maker recorded when the system keys a request in on an institution's behalf. */
	static final String PROXY_PREFIX = "proxy:";

	private final RegistrationRepository requests;

	private final RegistrationPayloads payloads;

	private final LicenceAdministration licences;

	private final LicenceRepository licenceRepository;

	private final Holders holders;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final RegistrationLedger ledger;

	RegistrationDesk(RegistrationRepository requests, RegistrationPayloads payloads, LicenceAdministration licences,
			LicenceRepository licenceRepository, Holders holders, AuditTrail audit, CurrentUsers currentUsers, Clock clock,
			RegistrationLedger ledger) {
		this.ledger = ledger;
		this.requests = requests;
		this.payloads = payloads;
		this.licences = licences;
		this.licenceRepository = licenceRepository;
		this.holders = holders;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** Files a request for the caller's own institution. */
	@Transactional
	public RegistrationView file(@Nullable RegistrationKind kind, @Nullable Long licenceId, @Nullable Map<String, String> payload) {
		DataScope scope = currentUsers.scope();
		if (!scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
		return create(scope.institutionId(), kind, licenceId, payload, currentUsers.actorName(), null);
	}

	/**
	 * Keys a request in on an institution's behalf (a paper application, the demo loader): the maker is
	 * recorded as the institution, so the system's later decision is not a self-approval.
	 */
	@Transactional
	public RegistrationView fileOnBehalf(long holderId, @Nullable RegistrationKind kind, @Nullable Long licenceId,
			@Nullable Map<String, String> payload, String note) {
		DataScope scope = currentUsers.scope();
		LicenceHolder holder = holders.find(holderId).orElseThrow(() -> InvalidInputException.of("holderId", "error.licence.holder-unknown", holderId));
		if (!scope.coversRegion(holder.regionCode()) || scope.restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
		return create(holderId, kind, licenceId, payload, PROXY_PREFIX + holderId, currentUsers.actorName() + ": " + note);
	}

	private RegistrationView create(long holderId, @Nullable RegistrationKind kind, @Nullable Long licenceId,
			@Nullable Map<String, String> payload, String maker, @Nullable String note) {
		LicenceHolder holder = holders.find(holderId).orElseThrow(() -> new NotFoundException("error.subject.not-found", holderId));
		Violations v = new Violations();
		if (kind == null) {
			v.add("kind", "error.field.required");
			v.throwIfAny();
		}
		LicenceView licence = licenceOf(kind, licenceId, holderId, v);
		Map<String, String> clean = payloads.check(kind, payload, holder, licence, LocalDate.now(clock), v);
		v.throwIfAny();
		requireFree(kind, clean);
		Instant now = clock.instant();
		long id = requests.insert(holderId, kind, licence == null ? null : licence.id(), clean, maker, now);
		requests.append(id, RegistrationEvent.Action.FILED, maker, now, note != null ? note : clean.get("note"));
		RegistrationView stored = requests.find(id).orElseThrow();
		audit.record("registration.filed", "registration_request", String.valueOf(id), holder.regionCode(), null, stored);
		ledger.record("registration.filed", stored);
		return stored;
	}

	@Transactional
	public RegistrationView withdraw(long id, @Nullable String note) {
		RegistrationView before = ownInstitutions(id);
		if (before.status() != RegistrationStatus.PENDING && before.status() != RegistrationStatus.RETURNED) {
			throw new ConflictException("status", "error.registration.state", before.status().name());
		}
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!requests.withdraw(id, before.version(), actor, now)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		requests.append(id, RegistrationEvent.Action.WITHDRAWN, actor, now, blankToNull(note));
		return audited("registration.withdrawn", before);
	}

	/** Withdraws a request the system keyed in on an institution's behalf (the institution asked for it). */
	@Transactional
	public RegistrationView withdrawOnBehalf(long id, String note) {
		RegistrationView before = visible(id);
		if (currentUsers.scope().restrictedToInstitution() || !before.filedBy().startsWith(PROXY_PREFIX)) {
			throw new AccessDeniedToScopeException();
		}
		if (before.status() != RegistrationStatus.PENDING && before.status() != RegistrationStatus.RETURNED) {
			throw new ConflictException("status", "error.registration.state", before.status().name());
		}
		Instant now = clock.instant();
		if (!requests.withdraw(id, before.version(), before.filedBy(), now)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		requests.append(id, RegistrationEvent.Action.WITHDRAWN, before.filedBy(), now, currentUsers.actorName() + ": " + note);
		return audited("registration.withdrawn", before);
	}

	@Transactional
	public RegistrationView resubmit(long id, @Nullable Map<String, String> payload, @Nullable String note) {
		RegistrationView before = ownInstitutions(id);
		if (before.status() != RegistrationStatus.RETURNED) {
			throw new ConflictException("status", "error.registration.state", before.status().name());
		}
		LicenceHolder holder = holders.find(before.holderId()).orElseThrow();
		Violations v = new Violations();
		LicenceView licence = before.licenceId() == null ? null : licenceRepository.find(before.licenceId()).orElse(null);
		Map<String, String> clean = payloads.check(before.kind(), payload == null ? before.payload() : payload, holder, licence,
				LocalDate.now(clock), v);
		v.throwIfAny();
		requireFree(before.kind(), clean);
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!requests.resubmit(id, before.version(), clean, actor, now)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		requests.append(id, RegistrationEvent.Action.RESUBMITTED, actor, now, blankToNull(note));
		return audited("registration.resubmitted", before);
	}

	@Transactional
	public RegistrationView returnRequest(long id, @Nullable String reason) {
		RegistrationView before = decidable(id);
		Violations v = new Violations();
		v.require("reason", reason);
		v.maxLength("reason", reason, 1000);
		v.throwIfAny();
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!requests.decide(id, before.version(), RegistrationStatus.RETURNED, actor, now, reason.strip(), null)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		requests.append(id, RegistrationEvent.Action.RETURNED, actor, now, reason.strip());
		return audited("registration.returned", before);
	}

	/** Approves the request and applies it to the licence record in the same transaction. */
	@Transactional
	public RegistrationView approve(long id, @Nullable String note) {
		RegistrationView before = decidable(id);
		String reason = "电子化注册申请 #" + id + " 核准 / registration request #" + id + " approved"
				+ (note == null || note.isBlank() ? "" : ": " + note.strip());
		Map<String, String> p = before.payload();
		Long licenceId = before.licenceId();
		switch (before.kind()) {
			case NEW_LICENCE -> licenceId = licences.issue(new NewLicence(p.get("kindCode"), before.holderId(), p.get("number"),
					date(p.get("issueDate")), date(p.get("validFrom")), date(p.get("validTo")),
					RegistrationPayloads.intOrNull(p.get("approvedBeds")), p.get("scope"), null)).id();
			case CHANGE -> {
				LicenceView current = licenceRepository.find(licenceId).orElseThrow();
				licences.changeTerms(licenceId, null,
						p.containsKey("approvedBeds") ? RegistrationPayloads.intOrNull(p.get("approvedBeds")) : current.approvedBeds(),
						p.containsKey("scope") ? p.get("scope") : current.scope(), reason);
			}
			case RENEWAL -> licences.renew(licenceId, null, date(p.get("validTo")), reason);
			case VERIFICATION -> licences.recordVerification(licenceId, null, date(p.get("verifiedOn")), VerificationResult.PASSED, reason);
		}
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!requests.decide(id, before.version(), RegistrationStatus.APPROVED, actor, now, null, licenceId)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		requests.append(id, RegistrationEvent.Action.APPROVED, actor, now, blankToNull(note));
		return audited("registration.approved", before);
	}

	/** The request if the caller may see it (holder in their region; their own institution's); 404 otherwise. */
	public RegistrationView visible(long id) {
		RegistrationView r = requests.find(id).orElseThrow(() -> new NotFoundException("error.registration.not-found", id));
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(r.holderRegionCode()) || (scope.restrictedToInstitution() && scope.institutionId() != r.holderId())) {
			throw new NotFoundException("error.registration.not-found", id);
		}
		return r;
	}

	private RegistrationView ownInstitutions(long id) {
		RegistrationView r = visible(id);
		DataScope scope = currentUsers.scope();
		if (!scope.restrictedToInstitution() || scope.institutionId() != r.holderId()) {
			throw new AccessDeniedToScopeException();
		}
		return r;
	}

	private RegistrationView decidable(long id) {
		RegistrationView r = visible(id);
		String actor = currentUsers.actorName();
		boolean maker = requests.events(id).stream().anyMatch(e -> e.action().makes() && e.actor().equals(actor));
		if (maker) {
			throw new ConflictException("filedBy", "error.registration.own-request");
		}
		if (currentUsers.scope().restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
		if (r.status() != RegistrationStatus.PENDING) {
			throw new ConflictException("status", "error.registration.state", r.status().name());
		}
		return r;
	}

	private @Nullable LicenceView licenceOf(RegistrationKind kind, @Nullable Long licenceId, long holderId, Violations v) {
		if (!kind.needsLicence()) {
			if (licenceId != null) {
				v.add("licenceId", "error.registration.licence-unexpected");
			}
			return null;
		}
		if (licenceId == null) {
			v.add("licenceId", "error.field.required");
			return null;
		}
		LicenceView l = licenceRepository.find(licenceId).filter(x -> x.holderId() == holderId).orElse(null);
		if (l == null) {
			v.add("licenceId", "error.licence.not-found", licenceId);
		}
		else if (l.status().isFinal()) {
			v.add("licenceId", "error.licence.status-final", l.status().name(), "");
		}
		return l;
	}

	private void requireFree(RegistrationKind kind, Map<String, String> payload) {
		if (kind == RegistrationKind.NEW_LICENCE && payload.containsKey("kindCode") && payload.containsKey("number")
				&& licenceRepository.numberTaken(payload.get("kindCode"), payload.get("number"))) {
			throw new ConflictException("payload.number", "error.licence.number-duplicate", payload.get("number"));
		}
	}

	private RegistrationView audited(String action, RegistrationView before) {
		RegistrationView after = requests.find(before.id()).orElseThrow();
		audit.record(action, "registration_request", String.valueOf(before.id()), after.holderRegionCode(), before, after);
		ledger.record(action, after);
		return after;
	}

	private static @Nullable LocalDate date(@Nullable String raw) {
		return raw == null ? null : LocalDate.parse(raw);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
