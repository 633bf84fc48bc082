package org.weijian.registry.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.ledger.Ledger;
import org.weijian.ledger.LedgerAct;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;

/**
 * Appends the steps of an electronic registration request (电子化注册) to the supervision ledger in the
 * caller's transaction. The approval is an administrative licensing decision and public; filing,
 * resubmission, return and withdrawal are steps of an application in progress and not public (ADR
 * 0026). Free-text notes stay out of the body; a return reason is kept (it is the decision's ground).
 */
@Component
class RegistrationLedger {

	static final String SUBJECT = "registration";

	private final Ledger ledger;

	private final CurrentUsers currentUsers;

	RegistrationLedger(Ledger ledger, CurrentUsers currentUsers) {
		this.ledger = ledger;
		this.currentUsers = currentUsers;
	}

	/** {@code action} is the audit action, e.g. {@code registration.approved}; it is also the entry type. */
	void record(String action, RegistrationView request) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("requestId", request.id());
		body.put("kind", request.kind().name());
		body.put("holderId", request.holderId());
		body.put("holderName", request.holderName());
		body.put("holderRegionCode", request.holderRegionCode());
		body.put("licenceId", request.licenceId());
		Map<String, String> payload = new TreeMap<>(request.payload());
		payload.remove("note");
		body.put("payload", payload);
		body.put("status", request.status().name());
		if (request.status() == RegistrationStatus.RETURNED && request.returnReason() != null) {
			body.put("returnReason", request.returnReason());
		}
		boolean publicAct = request.status() == RegistrationStatus.APPROVED;
		ledger.append(new LedgerAct(action, currentUsers.actorName(), currentUsers.scope().departmentId(), SUBJECT,
				String.valueOf(request.id()), body, publicAct));
	}

}
