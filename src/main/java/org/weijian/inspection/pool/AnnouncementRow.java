package org.weijian.inspection.pool;

import java.time.Instant;

/** A stored announcement (抽查公告): its public draw id, pool sizes, digests and the published bytes. */
record AnnouncementRow(long planId, String drawId, String title, String regionCode, long departmentId, int objectCount,
		int inspectorCount, int recusalCount, String objectDigest, String inspectorDigest, byte[] body, Instant announcedAt,
		String announcedBy) {
}
