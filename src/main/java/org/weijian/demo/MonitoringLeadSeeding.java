package org.weijian.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.weijian.identity.AccountView;
import org.weijian.identity.UserAdministration;
import org.weijian.monitoring.institution.InstitutionLinks;
import org.weijian.monitoring.institution.UnlinkedCode;
import org.weijian.monitoring.lead.AppealAnswerForm;
import org.weijian.monitoring.lead.Appeals;
import org.weijian.monitoring.lead.Disposal;
import org.weijian.monitoring.lead.LeadDecision;
import org.weijian.monitoring.lead.LeadFilter;
import org.weijian.monitoring.lead.LeadView;
import org.weijian.monitoring.lead.Leads;
import org.weijian.registry.SubjectKind;
import org.weijian.registry.SubjectQuery;
import org.weijian.registry.SubjectStatus;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.Subjects;
import org.weijian.shared.web.PageQuery;

/**
 * Demo step "monitoring-leads" (after the claims run of the monitoring step): links the sample's institution
 * codes (H2111…) to 盘锦市 medical institutions — the code with the most findings to the hospital the
 * {@code institution.demo} user works for, so that its portal (我的申诉) has leads — and carries some of
 * that code's leads through the stages as the demo users themselves: 初审 by {@code inspector.panjin},
 * 复审 by {@code reviewer.panjin}, the answer by {@code institution.demo}, 核查 by {@code inspector.panjin},
 * 处理 by {@code leader.panjin}. Some other leads are dismissed or moved to 复审. Deterministic (codes and
 * leads in a fixed order); does nothing when there are no leads.
 */
@Component
@ConditionalOnProperty(name = "weijian.demo.enabled", havingValue = "true")
class MonitoringLeadSeeding implements DemoSeeding {

	private static final Logger log = LoggerFactory.getLogger(MonitoringLeadSeeding.class);

	static final String LEADER = "leader.panjin";

	static final String INSPECTOR = "inspector.panjin";

	static final String REVIEWER = "reviewer.panjin";

	static final String INSTITUTION = "institution.demo";

	/** What happens to the demo institution's leads, in lead order; the rest stay in 初审. */
	enum Path {
		APPEAL, APPEALED, ACCEPTED_TO_DISPOSAL, CONFIRMED_RECOVER, CONFIRMED_PENALTY, CONFIRMED_WARN, REJECTED_ON_APPEAL, SECOND_REVIEW,
		DISMISSED
	}

	private final Leads leads;

	private final Appeals appeals;

	private final InstitutionLinks links;

	private final Subjects subjects;

	private final DemoUsers users;

	private final UserAdministration accounts;

	private final UserDetailsService details;

	MonitoringLeadSeeding(Leads leads, Appeals appeals, InstitutionLinks links, Subjects subjects, DemoUsers users,
			UserAdministration accounts, UserDetailsService details) {
		this.leads = leads;
		this.appeals = appeals;
		this.links = links;
		this.subjects = subjects;
		this.users = users;
		this.accounts = accounts;
		this.details = details;
	}

	@Override
	public int order() {
		return 72;
	}

	@Override
	public String name() {
		return "monitoring-leads";
	}

	@Override
	public void seed(DemoDataset dataset) {
		users.seed(dataset); // the demo users act below; the users step skips them later
		List<LeadView> open = as(LEADER, () -> initialReview());
		if (open.isEmpty()) {
			log.info("Demo data: no claims monitoring leads to review (no monitoring run yet); nothing to do");
			return;
		}
		Long demoSubject = accounts.findByUsername(INSTITUTION).map(AccountView::institutionId).orElse(null);
		List<UnlinkedCode> unlinked = as(LEADER, () -> links.unlinked(PageQuery.MAX_SIZE));
		// the code already linked to the demo institution (a second run), else the code with the most findings
		String demoCode = open.stream()
			.map(LeadView::fixmedinsCode)
			.filter(c -> demoSubject != null && links.find(c).filter(l -> l.subjectId() == demoSubject).isPresent())
			.findFirst()
			.orElse(unlinked.isEmpty() ? open.get(0).fixmedinsCode() : unlinked.get(0).fixmedinsCode());
		for (UnlinkedCode u : unlinked) {
			Long subject = u.fixmedinsCode().equals(demoCode) && demoSubject != null ? demoSubject : pick(u.fixmedinsCode(), demoSubject);
			if (subject != null) {
				as(LEADER, () -> links.link(u.fixmedinsCode(), subject));
			}
		}
		int i = 0;
		for (LeadView lead : open) {
			if (lead.fixmedinsCode().equals(demoCode) && i < Path.values().length) {
				carry(lead, Path.values()[i++]);
			}
		}
		dismissSomeOthers(open, demoCode);
		log.info("Demo data: {} institution codes linked, {} leads of {} carried through the review", unlinked.size(), i, demoCode);
	}

	private List<LeadView> initialReview() {
		return leads.list(new LeadFilter("INITIAL_REVIEW", null, null, null, null), new PageQuery(0, PageQuery.MAX_SIZE)).items();
	}

	/** A 盘锦市 medical institution for the code: one in the district the code names (H + 6-digit division), by the code's number. */
	private Long pick(String code, Long avoid) {
		String district = code.length() >= 7 && code.substring(1, 7).chars().allMatch(Character::isDigit) ? code.substring(1, 7)
				: DemoDataset.PANJIN;
		List<SubjectSummary> candidates = as(LEADER, () -> subjects
			.search(new SubjectQuery(null, SubjectKind.MEDICAL_INSTITUTION, null, district, SubjectStatus.OPERATING, null), new PageQuery(0, 50))
			.items());
		if (candidates.isEmpty()) {
			candidates = as(LEADER, () -> subjects.search(new SubjectQuery(null, SubjectKind.MEDICAL_INSTITUTION, null, DemoDataset.PANJIN,
					SubjectStatus.OPERATING, null), new PageQuery(0, 50)).items());
		}
		List<SubjectSummary> others = candidates.stream().filter(s -> !Long.valueOf(s.id()).equals(avoid)).toList();
		if (others.isEmpty()) {
			return null;
		}
		int n = Math.floorMod(code.hashCode(), others.size());
		return others.get(n).id();
	}

	private void carry(LeadView lead, Path path) {
		long id = lead.id();
		if (path == Path.DISMISSED) {
			as(INSPECTOR, () -> leads.initialReview(id, new LeadDecision("DISMISS", "诊断与限定适应症相符，排除疑点（演示）")));
			return;
		}
		as(INSPECTOR, () -> leads.initialReview(id, new LeadDecision("CONFIRM", "规则命中，明细核对无误，转复审（演示）")));
		if (path == Path.SECOND_REVIEW) {
			return;
		}
		as(REVIEWER, () -> leads.secondReview(id, new LeadDecision("CONFIRM", "复审确认疑点，通知机构申诉（演示）")));
		switch (path) {
			case APPEAL -> {
				return;
			}
			case APPEALED, REJECTED_ON_APPEAL -> as(INSTITUTION,
					() -> appeals.answer(id, new AppealAnswerForm("APPEAL", "该项目经科室主任审批，病历中有适应症记录，申请复核（演示）")));
			default -> as(INSTITUTION, () -> appeals.answer(id, new AppealAnswerForm("ACCEPT", null)));
		}
		if (path == Path.APPEALED) {
			return;
		}
		if (path == Path.REJECTED_ON_APPEAL) {
			as(INSPECTOR, () -> leads.verify(id, new LeadDecision("REJECT", "调阅病历，适应症记录属实，申诉成立（演示）")));
			return;
		}
		as(INSPECTOR, () -> leads.verify(id, new LeadDecision("UPHOLD", "现场核查，收费与病历不符，违规属实（演示）")));
		if (path == Path.ACCEPTED_TO_DISPOSAL) {
			return;
		}
		List<String> measures = switch (path) {
			case CONFIRMED_PENALTY -> List.of("RECOVER", "PENALTY");
			case CONFIRMED_WARN -> List.of("RECOVER", "WARN");
			default -> List.of("RECOVER");
		};
		BigDecimal recovered = lead.amount();
		as(LEADER, () -> leads.dispose(id, new Disposal(measures, recovered.toPlainString(), "依据《医疗保障基金使用监督管理条例》处理（演示）")));
	}

	/** Of the other institutions' leads, dismiss every fifth at 初审 and move every seventh to 复审. */
	private void dismissSomeOthers(List<LeadView> open, String demoCode) {
		List<LeadView> others = new ArrayList<>(open.stream().filter(l -> !l.fixmedinsCode().equals(demoCode)).toList());
		for (int k = 0; k < others.size(); k++) {
			long id = others.get(k).id();
			if (k % 5 == 4) {
				as(INSPECTOR, () -> leads.initialReview(id, new LeadDecision("DISMISS", "经核对属正常诊疗，排除（演示）")));
			}
			else if (k % 7 == 6) {
				as(INSPECTOR, () -> leads.initialReview(id, new LeadDecision("CONFIRM", "转复审（演示）")));
			}
		}
	}

	/** Runs {@code work} as the demo user, through their real account and authorities. */
	private <T> T as(String username, Supplier<T> work) {
		UserDetails principal = details.loadUserByUsername(username);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void as(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

}
