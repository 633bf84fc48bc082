package org.weijian.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.weijian.shared.error.Violations;
import org.weijian.shared.web.ApiProblems;
import org.weijian.shared.web.RateLimiter;

/** {@code POST /api/v1/auth/token}: scripts trade a user name and password for a short-lived token. */
@RestController
class TokenController {

	record TokenRequest(String username, String password) {
	}

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final ApiProblems problems;

	private final RateLimiter limiter;

	private final boolean trustProxy;

	TokenController(AuthenticationManager authentication, ApiTokens tokens, ApiProblems problems, Clock clock,
			@Value("${weijian.security.rate-limit.token-per-minute:30}") int perMinute,
			@Value("${weijian.security.trust-proxy:false}") boolean trustProxy) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.problems = problems;
		this.limiter = new RateLimiter(clock, perMinute, 60_000);
		this.trustProxy = trustProxy;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
		Violations v = new Violations();
		v.require("username", request.username());
		v.require("password", request.password());
		v.throwIfAny();
		if (!limiter.tryAcquire(ClientAddress.of(http, trustProxy))) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "error.auth.throttled");
		}
		try {
			var auth = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
			CurrentUser user = ((AccountPrincipal) auth.getPrincipal()).user();
			ApiTokens.Issued issued = tokens.issueSession(user.id(), user.username());
			Duration lifetime = tokens.sessionLifetime();
			return ResponseEntity.ok(Map.of("access_token", issued.token(), "token_type", "Bearer", "expires_in",
					lifetime.toSeconds()));
		}
		catch (LockedException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "error.auth.locked");
		}
		catch (DisabledException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "error.auth.disabled");
		}
		catch (AuthenticationException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "error.auth.bad-credentials");
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
		return ResponseEntity.status(status).body(problems.problem(status, code, List.of()));
	}

}
