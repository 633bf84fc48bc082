package org.weijian.registry;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.registration.RegistrationDesk;
import org.weijian.registry.registration.RegistrationFilter;
import org.weijian.registry.registration.RegistrationRepository;

/**
 * 电子化注册 — electronic registration requests for other modules and the demo loader: read, count the
 * pending ones, key a request in on an institution's behalf, decide it (maker-checker holds).
 */
@Component
public class Registrations {

	private final RegistrationDesk desk;

	private final RegistrationRepository repository;

	private final CurrentUsers currentUsers;

	Registrations(RegistrationDesk desk, RegistrationRepository repository, CurrentUsers currentUsers) {
		this.desk = desk;
		this.repository = repository;
		this.currentUsers = currentUsers;
	}

	/** The request if the caller may see it; {@code NotFoundException} otherwise. */
	public RegistrationView get(long id) {
		return desk.visible(id);
	}

	/** Pending requests within the caller's scope. */
	public long countPending() {
		return count(RegistrationStatus.PENDING);
	}

	/** Requests in the status within the caller's scope. */
	public long count(RegistrationStatus status) {
		return repository.count(new RegistrationFilter(status, null, null), currentUsers.scope());
	}

	/** Keys a request in on the holder's behalf; its history says who keyed it in and why. */
	public RegistrationView fileOnBehalf(long holderId, RegistrationKind kind, @Nullable Long licenceId, Map<String, String> payload,
			String note) {
		return desk.fileOnBehalf(holderId, kind, licenceId, payload, note);
	}

	public RegistrationView withdrawOnBehalf(long id, String note) {
		return desk.withdrawOnBehalf(id, note);
	}

	public RegistrationView approve(long id, @Nullable String note) {
		return desk.approve(id, note);
	}

	public RegistrationView returnRequest(long id, String reason) {
		return desk.returnRequest(id, reason);
	}

}
