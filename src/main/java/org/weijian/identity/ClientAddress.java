package org.weijian.identity;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address for rate limits; the forwarded header only when a trusted proxy sets it. */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request, boolean trustProxy) {
		if (trustProxy) {
			String forwarded = request.getHeader("X-Forwarded-For");
			if (forwarded != null && !forwarded.isBlank()) {
				return forwarded.split(",")[0].strip();
			}
		}
		return request.getRemoteAddr();
	}

}
