package org.weijian.inspection.task;

/** An inspector chosen for a task, at their place in the draw's order. */
public record TaskInspector(int position, long inspectorId, String name) {
}
