package org.weijian.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.weijian.shared.web.ApiProblems;
import tools.jackson.databind.json.JsonMapper;

/** Writes 401/403/429 problem details from security filters, where no controller advice runs. */
@Component
class SecurityProblemWriter {

	private final ApiProblems problems;

	private final JsonMapper json;

	private final LocaleResolver locales;

	SecurityProblemWriter(ApiProblems problems, JsonMapper json, LocaleResolver locales) {
		this.problems = problems;
		this.json = json;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		try {
			ProblemDetail problem = problems.problem(HttpStatus.valueOf(status), code, List.of());
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			if (status == 401) {
				response.setHeader("WWW-Authenticate", "Bearer");
			}
			response.getWriter().write(json.writeValueAsString(ApiProblems.toMap(problem)));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
