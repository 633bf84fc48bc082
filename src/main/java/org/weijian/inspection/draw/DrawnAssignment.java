package org.weijian.inspection.draw;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One task of a draw record in the form the task module needs: task number, object, its stratum, the chosen
 * inspectors over all department draws (empty when unstaffed) and why it is unstaffed (null when staffed).
 */
public record DrawnAssignment(int taskIndex, String objectId, String stratum, List<String> chosen, @Nullable String unstaffedReason) {

	public DrawnAssignment {
		chosen = List.copyOf(chosen);
	}

	public boolean staffed() {
		return unstaffedReason == null;
	}

}
