package org.weijian.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.Violation;

/**
 * Builds RFC 9457 problem details with a stable {@code code} and, for input errors, an {@code errors}
 * list naming row, field, code and a message in the caller's language.
 */
@Component
public class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatus status, String code, List<?> args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:weijian:problem:" + code));
		problem.setTitle(message("problem.title." + status.value(), List.of(), status.getReasonPhrase()));
		problem.setDetail(message(code, args, code));
		problem.setProperty("code", code);
		return problem;
	}

	public ProblemDetail invalid(HttpStatus status, String code, List<Violation> violations) {
		ProblemDetail problem = problem(status, code, List.of(violations.size()));
		problem.setProperty("errors", violations.stream().map(this::error).toList());
		return problem;
	}

	public Map<String, Object> error(Violation v) {
		Map<String, Object> error = new LinkedHashMap<>();
		if (v.row() != null) {
			error.put("row", v.row());
		}
		error.put("field", v.field());
		error.put("code", v.code());
		error.put("message", message(v.code(), v.args(), v.code()));
		return error;
	}

	/**
	 * Runs a page form's action: input errors and conflicts become the page's {@code errors} list (the
	 * form is shown again with them) and the answer is false; true when the action succeeded.
	 */
	public boolean attempt(Model model, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.violations().stream().map(this::error).toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("errors", List.of(error(new Violation(null, ex.field(), ex.code(), ex.args()))));
		}
		return false;
	}

	/** The problem as a plain map, for writers outside Spring MVC's message converters. */
	public static Map<String, Object> toMap(ProblemDetail problem) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", problem.getType().toString());
		map.put("title", problem.getTitle());
		map.put("status", problem.getStatus());
		map.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			map.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}

	public String message(String code, List<?> args, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, args.toArray(), fallback, locale);
	}

}
