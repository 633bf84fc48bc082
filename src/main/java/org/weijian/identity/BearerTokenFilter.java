package org.weijian.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer …} on the API. A present but invalid, expired or revoked
 * token is answered 401 at once; no token leaves the request anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final AccountDetailsService details;

	private final SecurityProblemWriter problems;

	BearerTokenFilter(ApiTokens tokens, Accounts accounts, AccountDetailsService details, SecurityProblemWriter problems) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.details = details;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountPrincipal> principal = tokens.authenticate(header.substring(7).strip())
			.flatMap(accounts::byId)
			.map(details::principal)
			.filter(p -> p.isEnabled() && p.isAccountNonLocked());
		if (principal.isEmpty()) {
			problems.write(request, response, 401, "error.auth.invalid-token");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
