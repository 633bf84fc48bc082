package org.weijian.registry.registration;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.identity.CurrentUsers;
import org.weijian.registry.RegistrationKind;
import org.weijian.registry.RegistrationStatus;
import org.weijian.registry.RegistrationView;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.web.PageQuery;
import org.weijian.shared.web.PageResult;

/** Electronic registration requests over REST: the queue, filing, withdrawal, resubmission and decisions. */
@RestController
@RequestMapping("/api/v1/registration-requests")
class RegistrationApiController {

	record Filing(@Nullable String kind, @Nullable Long licenceId, @Nullable Map<String, String> payload) {
	}

	record Note(@Nullable String note, @Nullable String reason, @Nullable Map<String, String> payload) {
	}

	record Detail(RegistrationView request, List<RegistrationEvent> events) {
	}

	private final RegistrationDesk desk;

	private final RegistrationRepository requests;

	private final CurrentUsers currentUsers;

	RegistrationApiController(RegistrationDesk desk, RegistrationRepository requests, CurrentUsers currentUsers) {
		this.desk = desk;
		this.requests = requests;
		this.currentUsers = currentUsers;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('registration:file', 'registration:review')")
	PageResult<RegistrationView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long holder, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		RegistrationFilter filter = new RegistrationFilter(parse("status", status, RegistrationStatus.class),
				parse("kind", kind, RegistrationKind.class), holder);
		return requests.page(filter, currentUsers.scope(), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('registration:file', 'registration:review')")
	Detail get(@PathVariable long id) {
		return new Detail(desk.visible(id), requests.events(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('registration:file')")
	RegistrationView file(@RequestBody Filing filing) {
		return desk.file(parse("kind", filing.kind(), RegistrationKind.class), filing.licenceId(), filing.payload());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAuthority('registration:file')")
	RegistrationView withdraw(@PathVariable long id, @RequestBody(required = false) @Nullable Note body) {
		return desk.withdraw(id, body == null ? null : body.note());
	}

	@PostMapping("/{id}/resubmit")
	@PreAuthorize("hasAuthority('registration:file')")
	RegistrationView resubmit(@PathVariable long id, @RequestBody(required = false) @Nullable Note body) {
		return desk.resubmit(id, body == null ? null : body.payload(), body == null ? null : body.note());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('registration:review')")
	RegistrationView approve(@PathVariable long id, @RequestBody(required = false) @Nullable Note body) {
		return desk.approve(id, body == null ? null : body.note());
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAuthority('registration:review')")
	RegistrationView returnRequest(@PathVariable long id, @RequestBody(required = false) @Nullable Note body) {
		return desk.returnRequest(id, body == null ? null : body.reason());
	}

	static <E extends Enum<E>> @Nullable E parse(String field, @Nullable String raw, Class<E> type) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(raw.strip())) {
				return e;
			}
		}
		throw InvalidInputException.of(field, "error.field.invalid");
	}

}
