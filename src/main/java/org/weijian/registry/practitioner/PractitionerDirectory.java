package org.weijian.registry.practitioner;

import org.springframework.stereotype.Component;
import org.weijian.identity.DataScope;
import org.weijian.registry.PractitionerQuery;
import org.weijian.registry.PractitionerSummary;
import org.weijian.registry.SearchResult;
import org.weijian.shared.web.PageQuery;

/** Reads for the public {@code Practitioners} API. */
@Component
public class PractitionerDirectory {

	private final PractitionerSearch search;

	private final PractitionerRegistry registry;

	PractitionerDirectory(PractitionerSearch search, PractitionerRegistry registry) {
		this.search = search;
		this.registry = registry;
	}

	public SearchResult<PractitionerSummary> search(PractitionerQuery query, DataScope scope, PageQuery page) {
		return search.search(query, scope, page);
	}

	public PractitionerSummary summary(long id) {
		PractitionerRecord p = registry.visible(id);
		return new PractitionerSummary(p.id(), p.name(), p.idNumberMasked(), p.profession(), p.qualificationCertNo(), p.practiceCertNo(),
				p.practiceCategory(), p.practiceScope(), p.institutionId(), p.institutionName(), p.regionCode(), p.status().name());
	}

}
