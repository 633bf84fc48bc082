package org.weijian.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.weijian.shared.web.RateLimiter;

/**
 * Two filter chains: the REST API under {@code /api} takes bearer tokens only (stateless, no cookies, so
 * no CSRF surface); the pages use a session cookie with form login and CSRF tokens. Every path needs a
 * login except the login page, static assets, the OpenAPI document and the token endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_ASSETS = { "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error" };

	@Bean
	PasswordEncoder passwordEncoder() {
		String id = "argon2";
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		return new DelegatingPasswordEncoder(id, encoders);
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
			org.springframework.context.ApplicationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(
				new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	RateLimiter loginRateLimiter(Clock clock, @Value("${weijian.security.rate-limit.login-per-minute:30}") int perMinute) {
		return new RateLimiter(clock, perMinute, 60_000);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Accounts accounts, AccountDetailsService details,
			SecurityProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/ledger/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, details, problems),
					UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "error.auth.required"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "error.scope.denied")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, RateLimiter loginRateLimiter,
			@Value("${weijian.security.trust-proxy:false}") boolean trustProxy) throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_ASSETS)
			.permitAll()
			.requestMatchers("/login", "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/ledger/entries/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/public/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new LoginRateFilter(loginRateLimiter, trustProxy), UsernamePasswordAuthenticationFilter.class)
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
					+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Slows password guessing from one address on the login form. */
	static final class LoginRateFilter extends OncePerRequestFilter {

		private final RateLimiter limiter;

		private final boolean trustProxy;

		LoginRateFilter(RateLimiter limiter, boolean trustProxy) {
			this.limiter = limiter;
			this.trustProxy = trustProxy;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!limiter.tryAcquire("login:" + ClientAddress.of(request, trustProxy))) {
				response.sendRedirect(request.getContextPath() + "/login?throttled");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
