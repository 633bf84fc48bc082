package org.weijian.monitoring.lead;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUser;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.monitoring.institution.InstitutionLink;
import org.weijian.monitoring.institution.InstitutionLinks;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * The office's side of a lead's review (ADR 0045): lists and detail in the caller's region (404 outside
 * it), and the transitions 初审 ({@code monitoring:review}), 复审 ({@code monitoring:review}, another person
 * than the 初审), 核查 ({@code monitoring:verify}) and 处理 ({@code monitoring:decide}). A transition from the
 * wrong stage answers 409; each is audited and written to the lead's history in one transaction. The
 * institution's side (申诉) is {@link Appeals}.
 */
@Service
public class Leads {

	static final int NOTE_MAX = 2000;

	static final int BULK_MAX = 10_000;

	private final LeadStore store;

	private final StageLimits limits;

	private final InstitutionLinks links;

	private final AppealDeadlines deadlines;

	private final LeadLedger ledger;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final Clock clock;

	Leads(LeadStore store, StageLimits limits, InstitutionLinks links, AppealDeadlines deadlines, LeadLedger ledger,
			CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.limits = limits;
		this.links = links;
		this.deadlines = deadlines;
		this.ledger = ledger;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Leads in the caller's region matching the filter, oldest first. */
	public PageResult<LeadView> list(LeadFilter filter, PageQuery page) {
		deadlines.closeExpired();
		Violations v = new Violations();
		LeadStage stage = blank(filter.stage()) ? null : v.parse("stage", filter.stage(), Leads::stage);
		v.throwIfAny();
		LeadStore.Query q = new LeadStore.Query(currentUsers.scope().regionPattern(), null, stage, trimmed(filter.ruleCode()),
				trimmed(filter.fixmedinsCode()), filter.runId(), Boolean.TRUE.equals(filter.overdue()));
		Instant now = clock.instant();
		return PageResult.of(store.page(q, now, page.size(), page.offset()), page, store.count(q, now));
	}

	/** Open leads past their stage's limit in the caller's region. */
	public long overdueCount() {
		return store.countOverdue(currentUsers.scope().regionPattern(), clock.instant());
	}

	/** The lead with its finding and history, if it is in the caller's region; 404 otherwise. */
	public LeadDetail detail(long id) {
		deadlines.closeExpired();
		LeadView lead = scoped(id);
		String linked = links.find(lead.fixmedinsCode()).map(InstitutionLink::subjectName).orElse(null);
		return new LeadDetail(lead, store.finding(lead.findingId()), linked, store.history(id));
	}

	/** 初审: {@code CONFIRM} moves the lead to 复审, {@code DISMISS} (with a reason) closes it as dismissed. */
	@Transactional
	public LeadView initialReview(long id, LeadDecision form) {
		LeadView lead = scoped(id);
		boolean confirm = decide(form, "CONFIRM", "DISMISS");
		expect(lead, LeadStage.INITIAL_REVIEW);
		String note = note(form.note(), !confirm);
		LeadStage to = confirm ? LeadStage.SECOND_REVIEW : LeadStage.DISMISSED;
		LeadView after = move(lead, to, confirm ? "INITIAL_CONFIRM" : "INITIAL_DISMISS", note);
		store.initialReviewer(id, currentUsers.actorName());
		return reread(after);
	}

	/**
	 * 批量初审 on the listed leads or on every lead of a rule in a run: only those in 初审 in the caller's region
	 * move (the rest are left as they are); one audit entry lists them.
	 */
	@Transactional
	public BulkResult initialReviewBulk(BulkReview form) {
		Violations v = new Violations();
		Boolean confirm = v.parse("decision", form.decision(), raw -> decision(raw, "CONFIRM", "DISMISS"));
		List<Long> ids = form.leadIds() == null || form.leadIds().isEmpty() ? null : List.copyOf(new LinkedHashSet<>(form.leadIds()));
		String rule = trimmed(form.ruleCode());
		if (ids == null && (form.runId() == null || rule == null)) {
			v.add("leadIds", "error.monitoring.lead.bulk-selection");
		}
		if (ids != null && ids.size() > BULK_MAX) {
			v.add("leadIds", "error.monitoring.lead.bulk-too-many", BULK_MAX);
		}
		String note = v.text("note", form.note(), NOTE_MAX, Boolean.FALSE.equals(confirm));
		v.throwIfAny();
		LeadStage to = confirm ? LeadStage.SECOND_REVIEW : LeadStage.DISMISSED;
		Instant now = clock.instant();
		DataScope scope = currentUsers.scope();
		List<Long> moved = store.bulkInitialReview(ids, ids == null ? form.runId() : null, ids == null ? rule : null, scope.regionPattern(),
				to, due(to, now), currentUsers.actorName(), now, note);
		if (!moved.isEmpty()) {
			Map<String, Object> after = new java.util.LinkedHashMap<>();
			after.put("to", to.name());
			after.put("count", moved.size());
			after.put("leadIds", moved);
			if (note != null) {
				after.put("note", note);
			}
			String entity = ids == null ? "run:" + form.runId() + "/rule:" + rule : "selection";
			audit.record("monitoring.leads-initial-reviewed", "monitoring-lead", entity, scope.regionCode(), null, after);
		}
		return new BulkResult(moved.size(), to);
	}

	/**
	 * 复审 by someone other than the 初审 reviewer (409 otherwise): {@code CONFIRM} sends the lead to the
	 * institution for 申诉 — its code must be linked to a registry subject (409 naming the code otherwise) —
	 * {@code DISMISS} (with a reason) closes it.
	 */
	@Transactional
	public LeadView secondReview(long id, LeadDecision form) {
		LeadView lead = scoped(id);
		boolean confirm = decide(form, "CONFIRM", "DISMISS");
		expect(lead, LeadStage.SECOND_REVIEW);
		String actor = currentUsers.actorName();
		if (!CurrentUser.SYSTEM.equals(actor) && actor.equals(lead.initialReviewedBy())) {
			throw new ConflictException("decision", "error.monitoring.lead.same-reviewer", id);
		}
		String note = note(form.note(), !confirm);
		if (!confirm) {
			return move(lead, LeadStage.DISMISSED, "SECOND_DISMISS", note);
		}
		InstitutionLink link = links.find(lead.fixmedinsCode())
			.orElseThrow(() -> new ConflictException("fixmedinsCode", "error.monitoring.lead.institution-unlinked", lead.fixmedinsCode()));
		LeadView after = move(lead, LeadStage.APPEAL, "SECOND_CONFIRM", note);
		store.appealOpened(id, link.subjectId(), clock.instant());
		return reread(after);
	}

	/**
	 * 核查: {@code UPHOLD} (with a note) moves the lead to 处理; {@code REJECT} (with a reason) closes it as
	 * rejected on appeal when the institution appealed, else as dismissed.
	 */
	@Transactional
	public LeadView verify(long id, LeadDecision form) {
		LeadView lead = scoped(id);
		boolean uphold = decide(form, "UPHOLD", "REJECT");
		expect(lead, LeadStage.VERIFICATION);
		String note = note(form.note(), true);
		if (uphold) {
			return move(lead, LeadStage.DISPOSAL, "VERIFY_UPHOLD", note);
		}
		LeadStage to = lead.appealAnswer() == AppealAnswer.APPEALED ? LeadStage.REJECTED_ON_APPEAL : LeadStage.DISMISSED;
		return move(lead, to, "VERIFY_REJECT", note);
	}

	/**
	 * 处理: at least one measure, the amount recovered (an exact decimal ≥ 0, at most two places) and an
	 * optional note; closes the lead as confirmed, appends it to the ledger and publishes
	 * {@link org.weijian.monitoring.ClaimRuleBreached}.
	 */
	@Transactional
	public LeadView dispose(long id, Disposal form) {
		LeadView lead = scoped(id);
		Violations v = new Violations();
		List<DisposalMeasure> measures = new ArrayList<>();
		if (form.measures() == null || form.measures().stream().allMatch(Leads::blank)) {
			v.add("measures", "error.field.required");
		}
		else {
			for (String raw : form.measures()) {
				if (!blank(raw)) {
					DisposalMeasure m = v.parse("measures", raw, Leads::measure);
					if (m != null && !measures.contains(m)) {
						measures.add(m);
					}
				}
			}
		}
		BigDecimal recovered = v.parse("amountRecovered", form.amountRecovered(), Leads::amount);
		String note = v.text("note", form.note(), NOTE_MAX, false);
		v.throwIfAny();
		expect(lead, LeadStage.DISPOSAL);
		measures.sort(null);
		Instant now = clock.instant();
		store.decided(id, measures, recovered, now);
		LeadView after = move(lead, LeadStage.CONFIRMED, "DECIDE", note);
		ledger.confirmed(after, note);
		return after;
	}

	/** The lead if it is in the caller's region, else 404. */
	LeadView scoped(long id) {
		return store.byId(id, clock.instant()).filter(l -> currentUsers.scope().coversRegion(l.regionCode()))
			.orElseThrow(() -> notFound(id));
	}

	/** Moves the lead, writes its history and audits; 409 when it left its stage meanwhile. */
	LeadView move(LeadView lead, LeadStage to, String action, @Nullable String note) {
		Instant now = clock.instant();
		String actor = currentUsers.actorName();
		if (!store.move(lead.id(), lead.stage(), to, due(to, now), actor, now)) {
			throw wrongStage(lead.id());
		}
		store.history(lead.id(), action, lead.stage(), to, actor, now, note);
		LeadView after = store.byId(lead.id(), now).orElseThrow();
		audit.record("monitoring.lead-" + action.toLowerCase(Locale.ROOT).replace('_', '-'), "monitoring-lead", String.valueOf(lead.id()),
				lead.regionCode(), lead, after);
		return after;
	}

	/** The due time of a stage entered now (null for a closed stage). */
	@Nullable
	Instant due(LeadStage stage, Instant now) {
		return stage.open() ? now.plus(Duration.ofDays(limits.days(stage))) : null;
	}

	private LeadView reread(LeadView lead) {
		return store.byId(lead.id(), clock.instant()).orElseThrow();
	}

	static void expect(LeadView lead, LeadStage stage) {
		if (lead.stage() != stage) {
			throw wrongStage(lead.id());
		}
	}

	static ConflictException wrongStage(long id) {
		return new ConflictException("stage", "error.monitoring.lead.wrong-stage", id);
	}

	/** True for {@code yes}, false for {@code no}; 400 naming {@code decision} for anything else. */
	private static boolean decide(LeadDecision form, String yes, String no) {
		Violations v = new Violations();
		Boolean answer = v.parse("decision", form.decision(), raw -> decision(raw, yes, no));
		v.throwIfAny();
		return answer;
	}

	private static Boolean decision(String raw, String yes, String no) {
		String d = raw.strip().toUpperCase(Locale.ROOT);
		if (d.equals(yes)) {
			return true;
		}
		if (d.equals(no)) {
			return false;
		}
		throw new InvalidValueException("error.monitoring.lead.decision-unknown", raw, yes, no);
	}

	static @Nullable String note(@Nullable String raw, boolean required) {
		Violations v = new Violations();
		String note = v.text("note", raw, NOTE_MAX, required);
		v.throwIfAny();
		return note;
	}

	static LeadStage stage(String raw) {
		try {
			return LeadStage.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("error.monitoring.lead.stage-unknown", raw);
		}
	}

	static DisposalMeasure measure(String raw) {
		try {
			return DisposalMeasure.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("error.monitoring.lead.measure-unknown", raw);
		}
	}

	static BigDecimal amount(String raw) {
		try {
			BigDecimal a = new BigDecimal(raw.strip());
			if (a.signum() >= 0 && a.stripTrailingZeros().scale() <= 2 && a.compareTo(new BigDecimal("9999999999999999")) < 0) {
				return a.setScale(2, java.math.RoundingMode.UNNECESSARY);
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// reported below
		}
		throw new InvalidValueException("error.monitoring.lead.amount", raw);
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	static @Nullable String trimmed(@Nullable String s) {
		return blank(s) ? null : s.strip();
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("error.monitoring.lead.not-found", id);
	}

}
