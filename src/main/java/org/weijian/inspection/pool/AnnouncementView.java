package org.weijian.inspection.pool;

import java.time.Instant;
import java.util.Map;

/**
 * An announced plan as its staff and public pages show it: the public draw id, pool sizes, digests and the
 * published announcement document.
 */
public record AnnouncementView(long planId, String drawId, String title, String regionCode, int objectCount, int inspectorCount,
		int recusalCount, String objectDigest, String inspectorDigest, Instant announcedAt, String announcedBy,
		Map<String, Object> document) {

	static AnnouncementView of(AnnouncementRow r, Map<String, Object> document) {
		return new AnnouncementView(r.planId(), r.drawId(), r.title(), r.regionCode(), r.objectCount(), r.inspectorCount(),
				r.recusalCount(), r.objectDigest(), r.inspectorDigest(), r.announcedAt(), r.announcedBy(), document);
	}

}
