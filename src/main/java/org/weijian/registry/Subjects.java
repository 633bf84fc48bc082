package org.weijian.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.subject.SubjectRecord;
import org.weijian.registry.subject.SubjectRegistration;
import org.weijian.registry.subject.SubjectPool;
import org.weijian.registry.subject.SubjectSearch;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.web.PageQuery;

/**
 * The registry's API for supervised subjects (监管对象): search within the caller's data scope and look
 * single subjects up. Other modules name subjects by id and read them here, never from the tables.
 */
@Service
public class Subjects {

	private final SubjectSearch search;

	private final SubjectRegistration registration;

	private final CurrentUsers currentUsers;

	private final SubjectPool pool;

	Subjects(SubjectSearch search, SubjectRegistration registration, CurrentUsers currentUsers, SubjectPool pool) {
		this.search = search;
		this.registration = registration;
		this.currentUsers = currentUsers;
		this.pool = pool;
	}

	/** Subjects matching the query inside the current user's data scope, in name order. */
	public SearchResult<SubjectSummary> search(SubjectQuery query, PageQuery page) {
		return search.search(query, currentUsers.scope(), page);
	}

	/** The subject if the current user may see it; 404 ({@link NotFoundException}) otherwise. */
	public SubjectSummary visible(long id) {
		return summary(registration.visible(id));
	}

	/**
	 * The subject regardless of the caller's scope, for system work (event listeners, schedulers);
	 * never hand the answer to a user without checking their scope.
	 */
	public Optional<SubjectSummary> find(long id) {
		return registration.find(id).map(Subjects::summary);
	}

	/** A medical institution's or unit's id by its 统一社会信用代码, regardless of scope. */
	public Optional<Long> idByUscc(String uscc) {
		return registration.idByUscc(uscc);
	}

	/**
	 * Every operating ({@link SubjectStatus#OPERATING}) subject matching the filter's kind, category,
	 * region and grid, in id order, regardless of the caller's scope: the object pool of an inspection
	 * plan (抽查对象库), whose region the plan fixes. The filter's text and status are ignored. One
	 * cursor read, fit for a million subjects.
	 */
	public List<PoolMember> poolMembers(SubjectQuery filter) {
		return pool.members(filter);
	}

	static SubjectSummary summary(SubjectRecord r) {
		return new SubjectSummary(r.id(), r.kind(), r.categoryCode(), r.name(), r.uscc(), r.regionCode(), r.gridId(), r.licenceRegNo(),
				r.grade() == null ? null : r.grade().name(), r.beds(), r.address(), r.status());
	}

}
