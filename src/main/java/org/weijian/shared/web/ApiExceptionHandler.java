package org.weijian.shared.web;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.weijian.shared.error.AccessDeniedToScopeException;
import org.weijian.shared.error.ConflictException;
import org.weijian.shared.error.InvalidInputException;
import org.weijian.shared.error.NotFoundException;
import org.weijian.shared.error.Violation;

/** Turns every failure of a REST endpoint into a problem detail; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ApiProblems problems;

	ApiExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return problems.invalid(HttpStatus.BAD_REQUEST, "error.validation", ex.violations());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problems.problem(HttpStatus.NOT_FOUND, ex.code(), ex.args());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problems.invalid(HttpStatus.CONFLICT, ex.code(),
				List.of(new Violation(null, ex.field(), ex.code(), ex.args())));
		problem.setDetail(problems.message(ex.code(), ex.args(), ex.code()));
		return problem;
	}

	@ExceptionHandler({ AccessDeniedToScopeException.class, AccessDeniedException.class })
	ProblemDetail denied(RuntimeException ex) {
		return problems.problem(HttpStatus.FORBIDDEN, "error.scope.denied", List.of());
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return problems.problem(HttpStatus.UNAUTHORIZED, "error.auth.required", List.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail beanValidation(MethodArgumentNotValidException ex) {
		List<Violation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(fe -> Violation.of(fe.getField(), "error.field." + constraintName(fe.getCode())))
			.toList();
		if (violations.isEmpty()) {
			return problems.problem(HttpStatus.BAD_REQUEST, "error.request.malformed", List.of());
		}
		return problems.invalid(HttpStatus.BAD_REQUEST, "error.validation", violations);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return problems.problem(HttpStatus.BAD_REQUEST, "error.request.malformed", List.of());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return problems.invalid(HttpStatus.BAD_REQUEST, "error.validation",
				List.of(Violation.of(ex.getParameterName(), "error.field.required")));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return problems.invalid(HttpStatus.BAD_REQUEST, "error.validation",
				List.of(Violation.of(ex.getRequestPartName(), "error.field.required")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problems.invalid(HttpStatus.BAD_REQUEST, "error.validation",
				List.of(Violation.of(ex.getName(), "error.field.type")));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload.too-large", List.of());
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail badMultipart(MultipartException ex) {
		return problems.problem(HttpStatus.BAD_REQUEST, "error.upload.malformed", List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException ex) {
		return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "error.request.method", List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex) {
		return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.request.media-type", List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException ex) {
		return problems.problem(HttpStatus.NOT_FOUND, "error.resource.not-found", List.of());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected failure, incident {}", incident, ex);
		return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", List.of(incident));
	}

	private static String constraintName(String code) {
		return switch (code == null ? "" : code) {
			case "NotNull", "NotBlank", "NotEmpty" -> "required";
			case "Size", "Length" -> "size";
			case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "range";
			case "Pattern", "Email" -> "format";
			default -> "invalid";
		};
	}

}
