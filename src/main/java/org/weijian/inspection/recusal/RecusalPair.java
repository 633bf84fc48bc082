package org.weijian.inspection.recusal;

/** An active declared conflict (回避): this inspector must not be drawn for this subject. */
public record RecusalPair(long inspectorId, long subjectId) {
}
