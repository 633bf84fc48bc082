package org.weijian.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.identity.DataScope;
import org.weijian.registry.licence.LicenceFilter;
import org.weijian.registry.licence.LicenceKinds;
import org.weijian.registry.licence.VerificationRules;
import org.weijian.shared.web.PageQuery;
import org.weijian.registry.licence.Holders;
import org.weijian.registry.licence.LicenceAdministration;
import org.weijian.registry.licence.LicenceExpiryJob;
import org.weijian.registry.licence.LicenceRepository;

/**
 * 行政许可 — the registry's licences for other modules (and the demo loader): read a licence or a holder's
 * licences, issue licences in bulk, change their status and record 校验, all within the caller's data
 * scope and audited.
 */
@Component
public class Licences {

	private final LicenceAdministration administration;

	private final LicenceRepository repository;

	private final Holders holders;

	private final LicenceExpiryJob expiry;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final LicenceKinds kinds;

	private final VerificationRules rules;

	Licences(LicenceAdministration administration, LicenceRepository repository, Holders holders, LicenceExpiryJob expiry,
			CurrentUsers currentUsers, Clock clock, LicenceKinds kinds, VerificationRules rules) {
		this.kinds = kinds;
		this.rules = rules;
		this.administration = administration;
		this.repository = repository;
		this.holders = holders;
		this.expiry = expiry;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** The licence if the caller may see it; {@code NotFoundException} otherwise. */
	public LicenceView get(long id) {
		return administration.visible(id);
	}

	/** Every licence of a holder visible to the caller (newest first, at most 200). */
	public List<LicenceView> ofHolder(long holderId) {
		return repository.page(new LicenceFilter(holderId, null, null, null, null, null), currentUsers.scope(), LocalDate.now(clock),
				PageQuery.of(0, PageQuery.MAX_SIZE)).items();
	}

	public LicenceView issue(NewLicence licence) {
		return administration.issue(licence);
	}

	/** Issues all or none (bad rows are reported with their row number, counted from 1); answers the ids. */
	public List<Long> issueAll(List<NewLicence> licences) {
		return administration.issueAll(licences);
	}

	public LicenceView changeStatus(long id, LicenceStatus status, String reason) {
		return administration.changeStatus(id, null, status, reason);
	}

	public LicenceView recordVerification(long id, LocalDate verifiedOn, VerificationResult result, @Nullable String note) {
		return administration.recordVerification(id, null, verifiedOn, result, note);
	}

	/** The 校验 interval in years the rule table gives a licence of the kind with so many beds on the date; 0 if none. */
	public int verificationIntervalYears(String kindCode, @Nullable Integer beds, LocalDate on) {
		return kinds.find(kindCode)
			.flatMap(k -> rules.applicable(k.verificationRuleSet(), beds, on))
			.map(VerificationRules.Rule::intervalYears)
			.orElse(0);
	}

	/** Runs the expiry job now; answers how many licences expired. */
	public int expireEnded() {
		return expiry.run();
	}

	/**
	 * Operating subjects of a kind in a region subtree (by code prefix), in id order after {@code afterId}:
	 * walk them with the last id of each page.
	 */
	public List<LicenceHolder> holders(SubjectKind kind, String regionPrefix, long afterId, int limit) {
		return holders(kind, null, regionPrefix, afterId, limit);
	}

	/**
	 * As {@link #holders(SubjectKind, String, long, int)}; with {@code withoutLicenceKind} only the subjects
	 * that hold no licence of that kind yet.
	 */
	public List<LicenceHolder> holders(SubjectKind kind, @Nullable String withoutLicenceKind, String regionPrefix, long afterId,
			int limit) {
		DataScope scope = currentUsers.scope();
		String prefix = regionPrefix.startsWith(scope.regionPrefix()) ? regionPrefix : scope.regionPrefix();
		if (!prefix.startsWith(regionPrefix) && !regionPrefix.startsWith(prefix)) {
			return List.of();
		}
		int n = Math.min(Math.max(limit, 1), 5000);
		return (withoutLicenceKind == null ? holders.operating(kind, prefix, afterId, n)
				: holders.operatingWithout(kind, withoutLicenceKind, prefix, afterId, n))
			.stream()
			.filter(h -> !scope.restrictedToInstitution() || scope.institutionId() == h.id())
			.toList();
	}

}
