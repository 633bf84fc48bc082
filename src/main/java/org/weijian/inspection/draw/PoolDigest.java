package org.weijian.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical listings of the frozen pools and their digests, published with the announcement: objects
 * one line {@code id\tstratum\n} each, inspectors {@code id\n}, sorted by id in UTF-8 byte order, encoded
 * in UTF-8 and hashed with SHA-256, shown as {@code sha256:<hex>}.
 */
public final class PoolDigest {

	private PoolDigest() {
	}

	public static String objects(Collection<PoolObject> objects) {
		return sha256(objectListing(objects));
	}

	public static String inspectors(Collection<String> inspectorIds) {
		return sha256(inspectorListing(inspectorIds));
	}

	/** The exact text hashed for the object pool. Duplicate ids are refused. */
	public static String objectListing(Collection<PoolObject> objects) {
		List<PoolObject> sorted = objects.stream().sorted((a, b) -> Utf8Order.COMPARATOR.compare(a.id(), b.id())).toList();
		StringBuilder listing = new StringBuilder(sorted.size() * 12);
		String previous = null;
		for (PoolObject o : sorted) {
			if (o.id().equals(previous)) {
				throw new IllegalArgumentException("object " + o.id() + " appears twice in the pool");
			}
			previous = o.id();
			listing.append(o.id()).append('\t').append(o.stratum()).append('\n');
		}
		return listing.toString();
	}

	/** The exact text hashed for the inspector pool. Duplicate ids are refused. */
	public static String inspectorListing(Collection<String> inspectorIds) {
		List<String> sorted = inspectorIds.stream().sorted(Utf8Order.COMPARATOR).toList();
		StringBuilder listing = new StringBuilder(sorted.size() * 8);
		String previous = null;
		for (String id : sorted) {
			PoolObject.requireId(id, "inspector");
			if (id.equals(previous)) {
				throw new IllegalArgumentException("inspector " + id + " appears twice in the pool");
			}
			previous = id;
			listing.append(id).append('\n');
		}
		return listing.toString();
	}

	/**
	 * The object pool digest from strata whose candidate lists are each sorted by id: a k-way merge,
	 * hashed in chunks. An id found in two strata is passed to {@code duplicate} (with the later
	 * stratum's tier) and listed once, with the first.
	 */
	static String ofStrata(List<String> tiers, List<List<String>> sortedCandidates, java.util.function.BiConsumer<String, String> duplicate) {
		MessageDigest sha = sha256();
		int[] next = new int[tiers.size()];
		StringBuilder chunk = new StringBuilder(1 << 16);
		String previous = null;
		for (;;) {
			int best = -1;
			for (int s = 0; s < tiers.size(); s++) {
				if (next[s] < sortedCandidates.get(s).size()
						&& (best < 0 || Utf8Order.compare(sortedCandidates.get(s).get(next[s]), sortedCandidates.get(best).get(next[best])) < 0)) {
					best = s;
				}
			}
			if (best < 0) {
				break;
			}
			String id = sortedCandidates.get(best).get(next[best]++);
			if (id.equals(previous)) {
				duplicate.accept(id, tiers.get(best));
				continue;
			}
			previous = id;
			chunk.append(id).append('\t').append(tiers.get(best)).append('\n');
			if (chunk.length() > 60_000) {
				sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
				chunk.setLength(0);
			}
		}
		sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
		return "sha256:" + HexFormat.of().formatHex(sha.digest());
	}

	/** {@code "sha256:" + hex(SHA-256(UTF-8 of text))}. */
	public static String sha256(String text) {
		return "sha256:" + HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is a required JDK algorithm", ex);
		}
	}

}
