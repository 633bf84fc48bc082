package org.weijian.monitoring.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.CurrentUsers;
import org.weijian.shared.InvalidValueException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * The institution's portal (申诉): an institution user ({@code monitoring:appeal}) sees the leads sent to
 * its own institution — those whose code was linked to its subject ({@code DataScope.institutionId()})
 * when 复审 confirmed them — and answers each in 申诉 once: 认可 (accept) or 申诉 (appeal with a
 * statement). Any other lead is 404 to it. The portal names the supervision office, not its staff.
 */
@Service
public class Appeals {

	static final int STATEMENT_MAX = 4000;

	private final LeadStore store;

	private final Leads leads;

	private final AppealDeadlines deadlines;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	Appeals(LeadStore store, Leads leads, AppealDeadlines deadlines, CurrentUsers currentUsers, Clock clock) {
		this.store = store;
		this.leads = leads;
		this.deadlines = deadlines;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** My institution's leads, those awaiting an answer first. */
	public PageResult<LeadView> mine(@Nullable String stage, PageQuery page) {
		deadlines.closeExpired();
		Long institution = currentUsers.scope().institutionId();
		if (institution == null) {
			return PageResult.of(List.of(), page, 0);
		}
		Violations v = new Violations();
		LeadStage s = Leads.blank(stage) ? null : v.parse("stage", stage, Leads::stage);
		v.throwIfAny();
		LeadStore.Query q = new LeadStore.Query("%", institution, s, null, null, null, false);
		Instant now = clock.instant();
		return PageResult.of(store.page(q, now, page.size(), page.offset()).stream().map(LeadView::forInstitution).toList(), page,
				store.count(q, now));
	}

	/** Leads of my institution waiting for its answer. */
	public long awaitingAnswer() {
		Long institution = currentUsers.scope().institutionId();
		return institution == null ? 0 : store.countAwaitingAnswer(institution);
	}

	/** One of my institution's leads with its finding and history; 404 for any other. */
	public LeadDetail detail(long id) {
		deadlines.closeExpired();
		LeadView lead = mineOnly(id);
		return new LeadDetail(lead.forInstitution(), store.finding(lead.findingId()), null,
				store.history(id).stream().map(LeadHistoryEntry::forInstitution).toList());
	}

	/**
	 * Answers a lead in 申诉 (409 in any other stage, e.g. after its limit passed): {@code ACCEPT} or
	 * {@code APPEAL} with a statement (required, at most {@value #STATEMENT_MAX} characters). Either moves
	 * it to 核查.
	 */
	@Transactional
	public LeadView answer(long id, AppealAnswerForm form) {
		deadlines.closeExpired();
		LeadView lead = mineOnly(id);
		Violations v = new Violations();
		AppealAnswer answer = v.parse("answer", form.answer(), Appeals::answer);
		String statement = v.text("statement", form.statement(), STATEMENT_MAX, answer == AppealAnswer.APPEALED);
		v.throwIfAny();
		Leads.expect(lead, LeadStage.APPEAL);
		store.answered(id, answer, answer == AppealAnswer.APPEALED ? statement : null);
		return leads.move(lead, LeadStage.VERIFICATION, answer == AppealAnswer.APPEALED ? "APPEAL_LODGED" : "APPEAL_ACCEPTED",
				answer == AppealAnswer.APPEALED ? statement : null).forInstitution();
	}

	private LeadView mineOnly(long id) {
		Long institution = currentUsers.scope().institutionId();
		return store.byId(id, clock.instant())
			.filter(l -> institution != null && institution.equals(l.subjectId()) && l.appealOpenedAt() != null)
			.orElseThrow(() -> Leads.notFound(id));
	}

	private static AppealAnswer answer(String raw) {
		return switch (raw.strip().toUpperCase(Locale.ROOT)) {
			case "ACCEPT", "ACCEPTED" -> AppealAnswer.ACCEPTED;
			case "APPEAL", "APPEALED" -> AppealAnswer.APPEALED;
			default -> throw new InvalidValueException("error.monitoring.portal.answer-unknown", raw);
		};
	}

}
