package org.weijian.inspection.draw;

/** A declared conflict (回避): the inspector may not be drawn for the object. */
public record Recusal(String inspectorId, String objectId) {
}
