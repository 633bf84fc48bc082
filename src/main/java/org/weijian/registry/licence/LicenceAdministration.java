package org.weijian.registry.licence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.LicenceHolder;
import org.weijian.registry.LicenceStatus;
import org.weijian.registry.LicenceStatusChanged;
import org.weijian.registry.LicenceView;
import org.weijian.registry.NewLicence;
import org.weijian.registry.VerificationResult;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violation;
import org.weijian.shared.error.Violations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues licences and runs their lifecycle: status changes along the allowed transitions with a reason,
 * 校验 records that move the next due date by the rule table, edits of the certificate's terms, renewals
 * and expiry by the clock. Every change appends to the licence's history and to the audit trail in the
 * same transaction.
 */
@Service
public class LicenceAdministration {

	private final LicenceRepository licences;

	private final LicenceKinds kinds;

	private final VerificationRules rules;

	private final Holders holders;

	private final AuditTrail audit;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final LicenceLedger ledger;

	LicenceAdministration(LicenceRepository licences, LicenceKinds kinds, VerificationRules rules, Holders holders, AuditTrail audit,
			CurrentUsers currentUsers, ApplicationEventPublisher events, JsonMapper json, Clock clock, LicenceLedger ledger) {
		this.ledger = ledger;
		this.licences = licences;
		this.kinds = kinds;
		this.rules = rules;
		this.holders = holders;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public LicenceView issue(NewLicence draft) {
		return licences.find(issueAll(List.of(draft)).get(0)).orElseThrow();
	}

	/**
	 * Issues every licence or none: each is validated (a bad one is reported with its row, counted from 1),
	 * numbers must be unique per kind, holders in the caller's scope.
	 */
	@Transactional
	public List<Long> issueAll(List<NewLicence> drafts) {
		LocalDate today = LocalDate.now(clock);
		Map<Long, LicenceHolder> holderById = holders.findAll(drafts.stream().map(NewLicence::holderId)
			.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
		List<VerificationRules.Rule> ruleRows = rules.all();
		Map<String, LicenceKind> kindByCode = new LinkedHashMap<>();
		kinds.active().forEach(k -> kindByCode.put(k.code(), k));
		List<LicenceRepository.Row> rows = new ArrayList<>(drafts.size());
		List<Violation> bad = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Set<String> taken = takenNumbers(drafts);
		DataScope scope = currentUsers.scope();
		for (int i = 0; i < drafts.size(); i++) {
			NewLicence d = drafts.get(i);
			Violations v = new Violations();
			LicenceRepository.Row row = validate(d, v, holderById, kindByCode, ruleRows, today);
			if (row != null) {
				LicenceHolder holder = holderById.get(row.holderId());
				if (!scope.coversRegion(holder.regionCode()) || scope.restrictedToInstitution()) {
					throw new AccessDeniedToScopeException();
				}
				String key = row.kindCode() + "\u0000" + row.number();
				if (!seen.add(key) || taken.contains(key)) {
					if (drafts.size() == 1) {
						throw new ConflictException("number", "error.licence.number-duplicate", row.number());
					}
					v.add("number", "error.licence.number-duplicate", row.number());
				}
			}
			int rowNo = i + 1;
			v.list().forEach(x -> bad.add(drafts.size() == 1 ? x : x.atRow(rowNo)));
			if (row != null && v.isEmpty()) {
				rows.add(row);
			}
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		List<Long> ids = licences.insertAll(rows, actor, now);
		List<LicenceRepository.NewEvent> history = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			history.add(new LicenceRepository.NewEvent(ids.get(i), LicenceEvent.Type.ISSUED, actor, now, null, null, write(terms(rows.get(i)))));
		}
		licences.appendAll(history);
		ledger.issued(ids, rows, holderById);
		if (rows.size() == 1) {
			LicenceView stored = licences.find(ids.get(0)).orElseThrow();
			audit.record("licence.issued", "licence", String.valueOf(stored.id()), stored.holderRegionCode(), null, stored);
		}
		else if (!rows.isEmpty()) {
			audit.record("licence.issued-batch", "licence", ids.get(0) + ".." + ids.get(ids.size() - 1), scope.regionCode(), null,
					Map.of("count", ids.size(), "firstId", ids.get(0), "lastId", ids.get(ids.size() - 1)));
		}
		return ids;
	}

	private Set<String> takenNumbers(List<NewLicence> drafts) {
		Map<String, Set<String>> byKind = new LinkedHashMap<>();
		for (NewLicence d : drafts) {
			if (d.kindCode() != null && d.number() != null) {
				byKind.computeIfAbsent(d.kindCode().strip(), k -> new HashSet<>()).add(d.number().strip());
			}
		}
		Set<String> taken = new HashSet<>();
		byKind.forEach((kind, numbers) -> licences.takenNumbers(kind, numbers).forEach(n -> taken.add(kind + "\u0000" + n)));
		return taken;
	}

	private LicenceRepository.@Nullable Row validate(NewLicence d, Violations v, Map<Long, LicenceHolder> holderById,
			Map<String, LicenceKind> kindByCode, List<VerificationRules.Rule> ruleRows, LocalDate today) {
		LicenceKind kind = null;
		if (d.kindCode() == null || d.kindCode().isBlank()) {
			v.add("kindCode", "error.field.required");
		}
		else if ((kind = kindByCode.get(d.kindCode().strip())) == null) {
			v.add("kindCode", "error.licence.kind-unknown", d.kindCode());
		}
		LicenceHolder holder = null;
		if (d.holderId() == null) {
			v.add("holderId", "error.field.required");
		}
		else if ((holder = holderById.get(d.holderId())) == null) {
			v.add("holderId", "error.licence.holder-unknown", d.holderId());
		}
		else if (kind != null && !kind.acceptsHolder(holder.kind().name())) {
			v.add("holderId", "error.licence.holder-kind", kind.nameZh());
		}
		String number = d.number() == null ? null : d.number().strip();
		v.require("number", number);
		v.maxLength("number", number, 60);
		if (number != null && number.chars().anyMatch(Character::isISOControl)) {
			v.add("number", "error.field.format");
		}
		if (d.issueDate() == null) {
			v.add("issueDate", "error.field.required");
		}
		else if (d.issueDate().isAfter(today)) {
			v.add("issueDate", "error.licence.date-future");
		}
		LocalDate validFrom = d.validFrom() != null ? d.validFrom() : d.issueDate();
		LocalDate validTo = d.validTo();
		if (validTo == null && validFrom != null && kind != null) {
			validTo = validFrom.plusYears(kind.defaultValidityYears()).minusDays(1);
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			v.add("validTo", "error.licence.validity-order");
		}
		if (d.approvedBeds() != null && d.approvedBeds() < 0) {
			v.add("approvedBeds", "error.field.range");
		}
		v.maxLength("scope", d.scope(), 1000);
		if (d.lastVerifiedOn() != null && (d.lastVerifiedOn().isAfter(today) || (validFrom != null && d.lastVerifiedOn().isBefore(validFrom)))) {
			v.add("lastVerifiedOn", "error.licence.verification-date");
		}
		if (!v.isEmpty() || kind == null || holder == null || validFrom == null || validTo == null || number == null) {
			return null;
		}
		Integer beds = d.approvedBeds() != null ? d.approvedBeds() : holder.beds();
		LocalDate cycleStart = d.lastVerifiedOn() != null ? d.lastVerifiedOn() : validFrom;
		return new LicenceRepository.Row(kind.code(), holder.id(), number, d.issueDate(), validFrom, validTo, beds, blankToNull(d.scope()),
				d.lastVerifiedOn(), VerificationRules.nextDue(ruleRows, kind.verificationRuleSet(), beds, cycleStart), LicenceStatus.VALID);
	}

	@Transactional
	public LicenceView changeStatus(long id, @Nullable Integer version, @Nullable LicenceStatus target, @Nullable String reason) {
		LicenceView before = writable(id);
		Violations v = new Violations();
		if (target == null) {
			v.add("status", "error.field.required");
		}
		v.require("reason", reason);
		v.maxLength("reason", reason, 1000);
		v.throwIfAny();
		if (!before.status().manualTargets().contains(target)) {
			throw new ConflictException("status", before.status().isFinal() ? "error.licence.status-final" : "error.licence.transition",
					before.status().name(), target.name());
		}
		String actor = currentUsers.actorName();
		if (!licences.updateStatus(id, versionOr(before, version), target, actor, clock.instant())) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		return afterStatusChange(before, target, reason.strip(), actor, "licence.status-changed");
	}

	@Transactional
	public LicenceView recordVerification(long id, @Nullable Integer version, @Nullable LocalDate verifiedOn,
			@Nullable VerificationResult result, @Nullable String note) {
		LicenceView before = writable(id);
		LocalDate today = LocalDate.now(clock);
		Violations v = new Violations();
		if (verifiedOn == null) {
			v.add("verifiedOn", "error.field.required");
		}
		else if (verifiedOn.isAfter(today) || verifiedOn.isBefore(before.validFrom())) {
			v.add("verifiedOn", "error.licence.verification-date");
		}
		if (result == null) {
			v.add("result", "error.field.required");
		}
		v.maxLength("note", note, 1000);
		v.throwIfAny();
		if (!before.status().isLive()) {
			throw new ConflictException("status", "error.licence.not-live", before.status().name());
		}
		LicenceKind kind = kinds.find(before.kindCode()).orElseThrow();
		LocalDate nextDue = result == VerificationResult.PASSED
				? rules.nextDue(kind.verificationRuleSet(), before.approvedBeds(), verifiedOn) : before.nextVerificationDue();
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!licences.updateVerification(id, versionOr(before, version), verifiedOn, nextDue, actor, now)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		LicenceView after = licences.find(id).orElseThrow();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("verifiedOn", verifiedOn.toString());
		detail.put("result", result.name());
		detail.put("nextVerificationDue", nextDue == null ? null : nextDue.toString());
		licences.append(new LicenceRepository.NewEvent(id, LicenceEvent.Type.VERIFIED, actor, now, blankToNull(note),
				write(Map.of("lastVerifiedOn", String.valueOf(before.lastVerifiedOn()), "nextVerificationDue",
						String.valueOf(before.nextVerificationDue()))),
				write(detail)));
		audit.record("licence.verified", "licence", String.valueOf(id), after.holderRegionCode(), before, after);
		ledger.verified(after, verifiedOn.toString(), result.name());
		return after;
	}

	/** Changes the certificate's terms (核定床位, 许可项目); a bed change may move the 校验 cycle. */
	@Transactional
	public LicenceView changeTerms(long id, @Nullable Integer version, @Nullable Integer approvedBeds, @Nullable String scope,
			@Nullable String reason) {
		LicenceView before = writable(id);
		Violations v = new Violations();
		if (approvedBeds != null && approvedBeds < 0) {
			v.add("approvedBeds", "error.field.range");
		}
		v.maxLength("scope", scope, 1000);
		v.require("reason", reason);
		v.throwIfAny();
		if (!before.status().isLive()) {
			throw new ConflictException("status", "error.licence.not-live", before.status().name());
		}
		LicenceKind kind = kinds.find(before.kindCode()).orElseThrow();
		LocalDate cycleStart = before.lastVerifiedOn() != null ? before.lastVerifiedOn() : before.validFrom();
		LocalDate nextDue = rules.nextDue(kind.verificationRuleSet(), approvedBeds, cycleStart);
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!licences.updateTerms(id, versionOr(before, version), approvedBeds, blankToNull(scope), nextDue, actor, now)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		LicenceView after = licences.find(id).orElseThrow();
		licences.append(new LicenceRepository.NewEvent(id, LicenceEvent.Type.EDITED, actor, now, reason.strip(),
				write(termsOf(before)), write(termsOf(after))));
		audit.record("licence.terms-changed", "licence", String.valueOf(id), after.holderRegionCode(), before, after);
		ledger.termsChanged(before, after, reason.strip());
		return after;
	}

	/** 延续: extends the validity; an expired licence comes back into force, a suspended one stays suspended. */
	@Transactional
	public LicenceView renew(long id, @Nullable Integer version, @Nullable LocalDate validTo, @Nullable String reason) {
		LicenceView before = writable(id);
		Violations v = new Violations();
		if (validTo == null) {
			v.add("validTo", "error.field.required");
		}
		else if (!validTo.isAfter(before.validTo()) || !validTo.isAfter(LocalDate.now(clock))) {
			v.add("validTo", "error.licence.renewal-date");
		}
		v.require("reason", reason);
		v.throwIfAny();
		if (before.status().isFinal()) {
			throw new ConflictException("status", "error.licence.status-final", before.status().name(), LicenceStatus.VALID.name());
		}
		LicenceStatus status = before.status() == LicenceStatus.EXPIRED ? LicenceStatus.VALID : before.status();
		String actor = currentUsers.actorName();
		Instant now = clock.instant();
		if (!licences.updateValidity(id, versionOr(before, version), validTo, status, actor, now)) {
			throw new ConflictException("version", "error.concurrent-change");
		}
		LicenceView after = licences.find(id).orElseThrow();
		licences.append(new LicenceRepository.NewEvent(id, LicenceEvent.Type.RENEWED, actor, now, reason.strip(),
				write(Map.of("validTo", before.validTo().toString(), "status", before.status().name())),
				write(Map.of("validTo", validTo.toString(), "status", status.name()))));
		audit.record("licence.renewed", "licence", String.valueOf(id), after.holderRegionCode(), before, after);
		ledger.renewed(before, after, reason.strip());
		if (status != before.status()) {
			events.publishEvent(new LicenceStatusChanged(id, after.kindCode(), after.number(), after.holderId(), after.holderRegionCode(),
					before.status(), status, reason.strip()));
		}
		return after;
	}

	/**
	 * Expires every live licence whose validity ended before today (the clock's), at most {@code limit}
	 * in one transaction; running again finds nothing more to do.
	 */
	@Transactional
	public int expireEnded(int limit) {
		LocalDate today = LocalDate.now(clock);
		List<LicenceView> ended = licences.liveEndedBefore(today, limit);
		String actor = currentUsers.actorName();
		for (LicenceView before : ended) {
			if (licences.updateStatus(before.id(), before.version(), LicenceStatus.EXPIRED, actor, clock.instant())) {
				afterStatusChange(before, LicenceStatus.EXPIRED, "有效期至 " + before.validTo() + " 届满 / validity ended " + before.validTo(),
						actor, "licence.expired");
			}
		}
		return ended.size();
	}

	/** The licence if the caller may see it (holder in their region; their own institution's); 404 otherwise. */
	public LicenceView visible(long id) {
		LicenceView l = licences.find(id).orElseThrow(() -> new NotFoundException("error.licence.not-found", id));
		DataScope scope = currentUsers.scope();
		if (!scope.coversRegion(l.holderRegionCode()) || (scope.restrictedToInstitution() && scope.institutionId() != l.holderId())) {
			throw new NotFoundException("error.licence.not-found", id);
		}
		return l;
	}

	private LicenceView writable(long id) {
		LicenceView l = visible(id);
		if (currentUsers.scope().restrictedToInstitution()) {
			throw new AccessDeniedToScopeException();
		}
		return l;
	}

	private LicenceView afterStatusChange(LicenceView before, LicenceStatus target, String reason, String actor, String action) {
		LicenceView after = licences.find(before.id()).orElseThrow();
		licences.append(new LicenceRepository.NewEvent(before.id(), LicenceEvent.Type.STATUS_CHANGED, actor, clock.instant(), reason,
				write(Map.of("status", before.status().name())), write(Map.of("status", target.name()))));
		audit.record(action, "licence", String.valueOf(before.id()), after.holderRegionCode(), before,
				Map.of("status", target.name(), "reason", reason));
		ledger.statusChanged(before, target, reason, "licence.expired".equals(action));
		events.publishEvent(new LicenceStatusChanged(before.id(), after.kindCode(), after.number(), after.holderId(),
				after.holderRegionCode(), before.status(), target, reason));
		return after;
	}

	private static int versionOr(LicenceView current, @Nullable Integer requested) {
		return requested == null ? current.version() : requested;
	}

	private static Map<String, Object> terms(LicenceRepository.Row r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kindCode", r.kindCode());
		m.put("holderId", r.holderId());
		m.put("number", r.number());
		m.put("issueDate", r.issueDate().toString());
		m.put("validFrom", r.validFrom().toString());
		m.put("validTo", r.validTo().toString());
		m.put("approvedBeds", r.approvedBeds());
		m.put("scope", r.scope());
		m.put("lastVerifiedOn", r.lastVerifiedOn() == null ? null : r.lastVerifiedOn().toString());
		m.put("nextVerificationDue", r.nextVerificationDue() == null ? null : r.nextVerificationDue().toString());
		return m;
	}

	private static Map<String, Object> termsOf(LicenceView l) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("approvedBeds", l.approvedBeds());
		m.put("scope", l.scope());
		m.put("nextVerificationDue", l.nextVerificationDue() == null ? null : l.nextVerificationDue().toString());
		return m;
	}

	private String write(Object value) {
		return json.writeValueAsString(value);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
