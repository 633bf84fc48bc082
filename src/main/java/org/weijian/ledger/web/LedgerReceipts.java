package org.weijian.ledger.web;

import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The ledger receipt printed on documents (licence, registration request): the leaf hash of the
 * subject's latest entry and a QR code linking to its public page. Templates call it as
 * {@code @ledgerReceipts.of('licence', id)} through the fragment {@code ledger/receipt :: receipt}, so
 * the modules printing documents need no code dependency on the ledger's web side.
 */
@Component("ledgerReceipts")
public class LedgerReceipts {

	/** What a document shows: the hash, the page's absolute address, its QR code as inline SVG. */
	public record Receipt(String leafHashBase64, String leafHashHex, String url, String qrSvg) {
	}

	private final LedgerEntryLookup lookup;

	private final String publicBaseUrl;

	LedgerReceipts(LedgerEntryLookup lookup, @Value("${weijian.ledger.public-base-url:}") String publicBaseUrl) {
		this.lookup = lookup;
		this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
	}

	public @Nullable Receipt of(String subjectType, Object subjectId) {
		byte[] hash = lookup.latestOf(subjectType, String.valueOf(subjectId));
		if (hash == null) {
			return null;
		}
		String hex = HexFormat.of().formatHex(hash);
		String url = pageUrl(hex);
		return new Receipt(Base64.getEncoder().encodeToString(hash), hex, url, QrCodes.svg(url, url));
	}

	/** The absolute address of an entry's public page (configured base URL, else the current request's). */
	String pageUrl(String leafHashHex) {
		String base = publicBaseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: publicBaseUrl;
		return base + "/ledger/entries/" + leafHashHex;
	}

}
