package org.weijian.monitoring.institution;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.weijian.identity.AuditTrail;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.SubjectSummary;
import org.weijian.registry.Subjects;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/**
 * Links institution codes (医保定点机构编码) to registry subjects ({@code monitoring:rules}). The subject must
 * be visible to the caller (the registry's scope check, 404 otherwise); a link lies in its subject's region,
 * and a link outside the caller's region is not found. Every change is audited.
 */
@Service
public class InstitutionLinks {

	/** Letters, digits, '-' and '_' (the national code is like {@code H21110200001}). */
	static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final InstitutionLinkStore store;

	private final Subjects subjects;

	private final CurrentUsers currentUsers;

	private final AuditTrail audit;

	private final Clock clock;

	InstitutionLinks(InstitutionLinkStore store, Subjects subjects, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.subjects = subjects;
		this.currentUsers = currentUsers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The link of an institution code, regardless of the caller's scope (for the review workflow). */
	public Optional<InstitutionLink> find(String fixmedinsCode) {
		return store.find(fixmedinsCode);
	}

	/** Links in the caller's region, by code. */
	public PageResult<InstitutionLink> list(PageQuery page) {
		String pattern = currentUsers.scope().regionPattern();
		return PageResult.of(store.list(pattern, page.size(), page.offset()), page, store.count(pattern));
	}

	/** Codes seen in findings of the caller's region's datasets with no link yet, the most findings first (at most {@code limit}). */
	public List<UnlinkedCode> unlinked(int limit) {
		return store.unlinked(currentUsers.scope().regionPattern(), limit);
	}

	/** Links the code to the subject (replacing an earlier link of the code). */
	@Transactional
	public InstitutionLink link(@Nullable String fixmedinsCode, @Nullable Long subjectId) {
		Violations v = new Violations();
		String code = v.text("fixmedinsCode", fixmedinsCode, 64, true);
		if (code != null && !CODE.matcher(code).matches()) {
			v.add("fixmedinsCode", "error.monitoring.institution.code-format");
		}
		if (subjectId == null) {
			v.add("subjectId", "error.field.required");
		}
		v.throwIfAny();
		SubjectSummary subject = subjects.visible(subjectId);
		InstitutionLink before = store.find(code).orElse(null);
		if (before != null && !currentUsers.scope().coversRegion(before.regionCode())) {
			throw notFound(code);
		}
		store.upsert(code, subject.id(), subject.name(), subject.regionCode(), currentUsers.actorName(), clock.instant());
		InstitutionLink after = store.find(code).orElseThrow();
		audit.record("monitoring.institution-linked", "monitoring-institution-link", code, after.regionCode(), before, after);
		return after;
	}

	/** Removes the code's link (404 when there is none in the caller's region). Leads already sent keep their subject. */
	@Transactional
	public void unlink(String fixmedinsCode) {
		DataScope scope = currentUsers.scope();
		InstitutionLink before = store.find(fixmedinsCode).filter(l -> scope.coversRegion(l.regionCode()))
			.orElseThrow(() -> notFound(fixmedinsCode));
		store.delete(fixmedinsCode);
		audit.record("monitoring.institution-unlinked", "monitoring-institution-link", fixmedinsCode, before.regionCode(), before, null);
	}

	private static NotFoundException notFound(@Nullable String code) {
		return new NotFoundException("error.monitoring.institution.not-found", code);
	}

}
