package org.weijian.registry;

import org.springframework.stereotype.Service;
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.practitioner.PractitionerDirectory;
import org.weijian.shared.web.PageQuery;

/** The registry's API for practitioners (从业人员): search and look-up within the caller's scope, masked. */
@Service
public class Practitioners {

	private final PractitionerDirectory directory;

	private final CurrentUsers currentUsers;

	Practitioners(PractitionerDirectory directory, CurrentUsers currentUsers) {
		this.directory = directory;
		this.currentUsers = currentUsers;
	}

	public SearchResult<PractitionerSummary> search(PractitionerQuery query, PageQuery page) {
		return directory.search(query, currentUsers.scope(), page);
	}

	/** The practitioner if the current user may see them; 404 otherwise. */
	public PractitionerSummary visible(long id) {
		return directory.summary(id);
	}

}
