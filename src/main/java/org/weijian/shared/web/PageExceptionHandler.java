package org.weijian.shared.web;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;

/**
 * Failures of server-rendered pages end on the error page with a message key, never a stack trace.
 * Forms that can recover catch {@link InvalidInputException} themselves and show the form again.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final ApiProblems problems;

	PageExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, problems.message(ex.code(), ex.args(), ex.code()));
	}

	@ExceptionHandler(AccessDeniedToScopeException.class)
	ModelAndView denied(AccessDeniedToScopeException ex) {
		return page(HttpStatus.FORBIDDEN, problems.message("error.scope.denied", List.of(), ""));
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex) {
		ModelAndView mav = page(HttpStatus.BAD_REQUEST, problems.message("error.validation", List.of(ex.violations().size()), ""));
		mav.addObject("errors", ex.violations().stream().map(problems::error).toList());
		return mav;
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, problems.message(ex.code(), ex.args(), ex.code()));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException
				|| ex instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
			throw ex; // security and static resources have their own handling
		}
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected failure, incident {}", incident, ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, problems.message("error.internal", List.of(incident), ""));
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView mav = new ModelAndView("error");
		mav.setStatus(status);
		mav.addObject("status", status.value());
		mav.addObject("problemMessage", message);
		return mav;
	}

}
