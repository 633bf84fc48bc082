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

	/** {@code "sha256:" + hex(SHA-256(UTF-8 of text))}. */
	public static String sha256(String text) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is a required JDK algorithm", ex);
		}
	}

}
